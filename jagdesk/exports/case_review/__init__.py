"""The ASB case review's documents: the letter to the applicant and the published figures."""
