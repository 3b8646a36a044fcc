"""The problem-solving page: the cases and their OSARA tabs, with the problem analysis triangle."""
