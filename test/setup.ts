// Every test talks to loopback only: the guard refuses anything else, here and in child processes.
import '../testing/guard.mjs';
