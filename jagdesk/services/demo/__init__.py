"""The demo partnership: loading it (load), its places, cases, meetings and plan, and when its story
happens (time). The demo may use any feature and admin; no other services package imports it."""
