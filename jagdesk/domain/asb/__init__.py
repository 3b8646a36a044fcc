"""The ASB tools and powers: the kinds of intervention, the dated limits of each power and the
rules that judge a record by the law in force on its date."""
