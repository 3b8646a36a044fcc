"""CCTV: the camera register, mobile deployments, covert deployments under RIPA and the central record."""
