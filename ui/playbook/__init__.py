"""The recovery playbook in the app: the Playbook page (a recovery session's Plan phase),
the Playbook window, the follow-up's "did the recovery work?" panel and their commands."""
