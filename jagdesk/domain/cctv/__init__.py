"""CCTV rules: camera register and mobile deployments, covert deployments under RIPA 2000 Part II."""
