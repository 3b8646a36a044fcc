"""The CCTV pages: the camera register, mobile deployments with footage requests, and covert
authorisations under RIPA with the central record."""
