"""The tests' processes get Ctrl-C as in a terminal, whichever shell started ``make test``
(tests/conftest.py undoes an inherited SIGINT ignored or blocked): the interruption tests
(test_kill, test_scale_out, test_workers_failures) send it to the programs they start."""

from __future__ import annotations

import signal
import subprocess
import sys


def test_ctrl_c_reaches_this_process_and_the_programs_it_starts() -> None:
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    probe = (
        "import signal; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler,"
        " signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()))"
    )
    child = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert child.stdout.split() == ["True", "False"], child.stderr
