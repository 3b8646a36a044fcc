"""The CCTV dialogs: cameras, the steps of a mobile deployment, footage, and a RIPA authorisation's life."""
