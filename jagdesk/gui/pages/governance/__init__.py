"""The retention review page and the subject access request asked from the people page."""
