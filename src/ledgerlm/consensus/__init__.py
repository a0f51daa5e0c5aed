"""The consensus lab: can a model that reads the network's state set difficulty better than real chains' rules?"""
