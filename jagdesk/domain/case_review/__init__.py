"""The ASB case review (Community Trigger, ASBCPA 2014 s104): the threshold, the working-day
timescales, the prompts, and what may be entered."""
