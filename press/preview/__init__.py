"""`press preview`: the three language versions side by side in a browser, on loopback only."""
