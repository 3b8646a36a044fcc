"""The demo partnership: loading it (load), its places, cases, meetings and plan, and when its story
happens (time). The demo may use any feature; nothing but the app's start and the command line
imports it."""
