"""The ASB case review page: the applications, each with its threshold, timescales and review."""
