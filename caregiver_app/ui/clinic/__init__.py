"""clinic"""
