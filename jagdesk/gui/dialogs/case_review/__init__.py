"""The ASB case review dialogs: an application, each step of its life, the published figures."""
