"""The words the public pack's name finder knows: titles and ranks, the words that close a
place's name, words that are never names, ordinary words that are also names, and the scripts
written without spaces."""

from __future__ import annotations

# Titles and ranks, folded (lower case, no dots); two-word ones as "stn cdr".
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame",
    "rev", "revd", "reverend", "cllr", "councillor", "pc", "pcso", "wpc",
    "dc", "ds", "di", "dci", "dsi", "sgt", "sergeant", "insp", "inspector", "supt",
    "superintendent", "ch insp", "chief inspector", "ch supt", "chief superintendent", "det sgt",
    "det insp", "det con", "police constable", "detective constable", "detective sergeant",
    "detective inspector", "stn cdr", "station commander", "watch cdr", "watch commander",
    "crew cdr", "crew commander", "firefighter", "imam", "rabbi",
})
TWO_WORD_TITLES = frozenset(t for t in TITLES if " " in t)
# Titles written in capitals ("PC"); the others are written "Mr", "Cllr": "MS Teams" is no title.
CAPITAL_TITLES = frozenset({"pc", "pcso", "wpc", "dc", "ds", "di", "dci", "dsi"})
# Titles shortened with a dot ("Insp. Mark Ellison"): that dot does not end a sentence.
DOTTED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "rev", "revd", "cllr", "insp", "supt",
                            "sgt", "det", "ch", "stn"})
# Words that close a place's or a building's name: a name before them is part of the place.
PLACE_WORDS = frozenset({
    "lane", "road", "rd", "street", "st", "close", "avenue", "ave", "drive", "way", "court", "ct",
    "crescent", "place", "square", "gardens", "grove", "terrace", "walk", "row", "parade", "hill",
    "green", "mews", "rise", "view", "park", "church", "chapel", "mosque", "temple", "gurdwara",
    "synagogue", "school", "academy", "college", "university", "nursery", "hall", "house", "centre",
    "center", "library", "surgery", "hospital", "station", "farm", "estate", "wood", "woods",
    "common", "field", "fields", "meadow", "meadows", "corner", "bridge", "heath", "end", "yard",
    "wharf", "quay", "arms", "inn", "tavern", "pub", "hotel", "store", "stores", "shop", "shops",
    "market", "pharmacy", "garage", "garages", "towers", "tower", "flats", "lodge",
    "manor", "cottages", "villas", "gate", "path", "passage", "alley", "brook", "lake",
    "recreation", "playing", "sports", "leisure", "community", "memorial", "cemetery", "trust",
    "association", "housing", "council", "foundation", "club", "ltd", "limited", "plc",
})
# Words that never are a name, whatever their case: they end a run of names after a title.
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "nor", "then", "so", "if", "as", "than", "this", "that",
    "these", "those", "he", "she", "they", "we", "you", "it", "i", "his", "her", "their", "our",
    "your", "its", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
    "on", "in", "at", "to", "from", "for", "of", "with", "by", "about", "after", "before", "all",
    "both", "each", "every", "no", "not", "any", "some", "also", "there", "here", "is", "was",
    "were", "are", "be", "been", "has", "had", "have", "will", "would", "should", "could", "can",
    "may", "might", "must", "did", "does", "do", "said", "says", "asked", "reported", "agreed",
})
# After a sentence's first word these show it is the subject, a person ("Mark said").
VERBS = frozenset({
    "said", "says", "say", "reported", "reports", "asked", "asks", "agreed", "agrees", "will",
    "would", "should", "could", "can", "may", "might", "must", "is", "was", "has", "had", "have",
    "did", "does", "do", "told", "tells", "went", "goes", "came", "comes", "called", "calls",
    "spoke", "speaks", "met", "meets", "wrote", "writes", "left", "leaves", "joined", "joins",
    "gave", "gives", "took", "takes", "made", "makes", "saw", "sees", "knows", "knew", "lives",
    "lived", "and", "or", "who", "herself", "himself", "also", "then", "presented", "attended",
})
# Ordinary English words that are also names: on their own they are names only where used as
# one (capitalised inside a sentence, or a sentence's subject).
COMMON_WORDS = frozenset({
    "mark", "grace", "bell", "will", "may", "june", "april", "august", "bill", "frank", "pat",
    "sue", "rob", "bob", "art", "jack", "guy", "ray", "dawn", "eve", "rose", "hope", "faith", "joy",
    "charity", "mercy", "patience", "prudence", "honor", "honour", "constance", "earnest", "ernest",
    "victor", "earl", "baron", "duke", "prince", "king", "queen", "knight", "major", "noble",
    "sterling", "holly", "ivy", "lily", "daisy", "hazel", "heather", "iris", "violet", "poppy",
    "rosemary", "jasmine", "olive", "ginger", "basil", "sage", "amber", "ruby", "pearl", "crystal",
    "jewel", "jade", "opal", "coral", "summer", "autumn", "winter", "spring", "sky", "river",
    "storm", "rain", "sunny", "misty", "chase", "drew", "hunter", "miles", "grant", "carol",
    "robin", "jay", "wren", "dove", "swift", "crow", "fox", "wolf", "lamb", "bird", "hawk", "finch",
    "drake", "marsh", "frost", "pike", "bishop", "mills", "mill", "carr", "dean", "lee", "rich",
    "price", "cross", "bond", "banks", "marshall", "fisher", "baker", "cook", "smith", "wood",
    "woods", "hill", "hills", "green", "brown", "white", "black", "gray", "grey", "young", "long",
    "short", "little", "strong", "sharp", "sweet", "moss", "stone", "field", "fields", "brook",
    "brooks", "bush", "hall", "lane", "street", "page", "ward", "walker", "turner", "taylor",
    "mason", "porter", "butler", "carter", "cooper", "shepherd", "parker", "archer", "bowman",
    "gardener", "miller", "weaver", "potter", "thatcher", "wright", "chandler", "tanner", "fowler",
    "slater", "glover", "hunt", "chambers", "waters", "rivers", "wells", "day", "love", "hardy",
    "north", "south", "east", "west", "snow", "sparks", "chance", "cash", "penny", "sandy", "rusty",
    "dick", "don", "matt", "mike", "nick", "pete", "sam", "ben", "max", "norm", "norman", "gene",
    "jean", "reed", "rod", "roman", "royal", "skip", "kit", "ken", "cliff", "dale", "glen", "heath",
    "forest", "lake", "moor", "beck", "dell", "vale", "barley", "rye", "wheat", "corn", "bean",
    "pepper", "salt", "sugar", "honey", "cherry", "berry", "plum", "peach", "brandy", "candy",
    "melody", "harmony", "trinity", "clay", "cole", "colt", "cotton", "dash", "dusty", "ford",
    "gage", "lance", "mace", "nash", "pierce", "wade",
})
# Scripts written without spaces between words: a name is found inside the text there.
UNSPACED_SCRIPTS = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "THAI",
                     "LAO ", "KHMER", "MYANMAR")
APOSTROPHES = "'’"
JOINERS = "'’-‐"
# Particles of a name: part of it next to a known name ("Al Haddad", "van Dijk"), never alone.
PARTICLES = frozenset({"al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "le", "la",
                       "bin", "ibn", "abu", "ben", "bint", "mac", "mc", "st", "o"})
SENTENCE_ENDS = ".!?:;\n•·–—|"


# Capitalised words that are never names: months, days, and words of organisations and events.
EVERYDAY_CAPITALS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
    "sundays", "christmas", "easter", "eid", "diwali", "ramadan", "hanukkah", "halloween",
    "bonfire", "new", "year", "god", "covid", "coronavirus", "english", "british", "welsh",
    "scottish", "irish", "polish", "punjabi", "urdu", "arabic", "romanian", "section", "act",
    "order", "police", "constabulary", "council", "borough", "county", "district", "parish", "town",
    "city", "fire", "rescue", "service", "services", "team", "unit", "partnership", "group",
    "safer", "neighbourhood", "neighbourhoods", "watch", "victim", "victims", "support", "health",
    "environmental", "housing", "trust", "association", "youth", "probation", "community", "safety",
    "action", "joint", "agency", "agencies", "board", "committee", "office", "department",
    "national", "local", "offender", "management", "integrated", "officer", "officers", "manager",
    "lead", "leader", "chair", "secretary", "hotspot", "hotspots", "case", "cases", "meeting",
    "meetings", "minutes", "agenda", "item", "items", "pack", "report", "reports", "street", "road",
    "lane", "online", "microsoft", "teams", "zoom", "google", "whatsapp", "facebook", "twitter",
    "instagram", "tiktok", "snapchat", "royal", "mail", "bank", "barclays", "lloyds", "natwest",
    "hsbc", "tesco", "sainsbury", "sainsbury's", "asda", "aldi", "lidl", "morrisons", "iceland",
    "co-op", "boots", "mcdonald's", "kfc",
})
