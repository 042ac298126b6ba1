package nl.wegwijs.monitoring.sla;

/** One level of one timer, waiting in the bucket of the day it falls due. */
record DueEntry(String timer, int level, long generation) {}
