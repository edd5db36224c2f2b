"""assessments"""
