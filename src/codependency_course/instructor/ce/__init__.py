"""What a continuing-education program issues: completion, certificates, learning gain, outcomes.

- :mod:`.settings` reads the provider's ``ce.yaml`` (hours, approval, signer; the secret from
  the environment only);
- :mod:`.completion` decides who completed and says why not for everyone else;
- :mod:`.certificates` signs, registers and renders a PDF certificate per recipient;
- :mod:`.learning_gain` compares the pre-test with the post-test's parallel items;
- :mod:`.outcomes` writes the provider's outcomes report (HTML without script, and CSVs);
- :mod:`.simulated_cycle` runs a whole CE cohort through the exchange, for demos and tests.

May import: the root modules, ``content``, ``trainee`` (evaluation answers) and the instructor room.
"""
