#!/usr/bin/env python3
"""Totals for tests/run, read from the test runners' own result files, never from their console output.

Usage: tally.py RESULTS_DIR

RESULTS_DIR/runs.tsv has one line per suite or step that tests/run ran, tab-separated:
    suite  NAME  EXIT_CODE  RESULT_FILE   a test runner: RESULT_FILE is TRX (dotnet test) or JUnit XML (node --test)
    step   NAME  EXIT_CODE                build, publish or set-up work that is not a test; any non-zero code fails the run
    skip   NAME  WHY                      a suite that could not run (say, its build failed); fails the run

A suite counts as failed, besides its failed tests, when its runner exited non-zero, wrote no readable result
file, or ran no test at all: a runner that crashed or found nothing to run is not a pass.
Skipped tests are not passes: they are reported on a line of their own.

Prints a line per suite, then the closing line `tests: N passed, N failed`; exits 1 if anything failed.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def local(tag):
    return tag.rsplit('}', 1)[-1]


def count_trx(path):
    """(passed, failed, skipped, failed names) from a Visual Studio TRX file: one UnitTestResult per test (per case)."""
    root = ET.parse(path).getroot()
    passed = failed = skipped = 0
    names = []
    for results in (e for e in root if local(e.tag) == 'Results'):
        for result in (e for e in results if local(e.tag) == 'UnitTestResult'):
            outcome = result.get('outcome', '')
            if outcome == 'Passed':
                passed += 1
            elif outcome == 'NotExecuted':  # xunit's Skip
                skipped += 1
            else:  # Failed, Error, Timeout, Aborted, Inconclusive, ...
                failed += 1
                names.append(result.get('testName', '?'))
    return passed, failed, skipped, names


def count_junit(path):
    """(passed, failed, skipped, failed names) from JUnit XML as node's junit reporter writes it.

    Every <testcase> is a test; one with <failure> or <error> failed (node reports a test it cancelled, because a hook
    or its suite failed, as a failure, and a test file that could not load as a failed test of its own), one with
    <skipped> was skipped (node's skip and todo). Node also closes the file with its own totals, as comments
    (<!-- pass N -->, <!-- fail N -->, ...); where they are there they are the count, since they also hold a test
    that failed after its subtests passed, which the XML can only show as a suite of passing tests."""
    root = ET.parse(path, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))).getroot()
    passed = failed = skipped = 0
    names = []
    for case in root.iter('testcase'):
        kinds = {local(child.tag) for child in case if isinstance(child.tag, str)}
        if kinds & {'failure', 'error'}:
            failed += 1
            names.append(case.get('name', '?'))
        elif 'skipped' in kinds:
            skipped += 1
        else:
            passed += 1
    totals = {}
    for comment in (node for node in root if node.tag is ET.Comment):
        word, _, number = (comment.text or '').strip().partition(' ')
        if number.isdigit():
            totals[word] = int(number)
    if {'pass', 'fail', 'cancelled', 'skipped', 'todo'} <= totals.keys():
        passed = totals['pass']
        failed = totals['fail'] + totals['cancelled']
        skipped = totals['skipped'] + totals['todo']
    return passed, failed, skipped, names


def main(results_dir):
    runs = Path(results_dir, 'runs.tsv')
    lines = runs.read_text(encoding='utf-8').splitlines() if runs.exists() else []
    total_passed = total_failed = total_skipped = 0
    problems = []
    for line in lines:
        kind, name, *rest = line.split('\t')
        if kind == 'step':
            if rest[0] != '0':
                problems.append(f'{name} failed (exit code {rest[0]}; its output is above)')
            continue
        if kind == 'skip':
            problems.append(f'{name} did not run: {rest[0]}')
            continue
        code, result_file = rest[0], Path(rest[1])
        try:
            count = count_trx if result_file.suffix == '.trx' else count_junit
            passed, failed, skipped, names = count(result_file)
        except (OSError, ET.ParseError) as error:
            problems.append(f'{name}: no readable result file ({result_file}: {error}); its runner exited with {code}')
            print(f'  {name}: no results')
            continue
        total_passed += passed
        total_failed += failed
        total_skipped += skipped
        print(f'  {name}: {passed} passed, {failed} failed' + (f', {skipped} skipped' if skipped else ''))
        for failed_name in names[:20]:
            print(f'      failed: {failed_name}')
        if len(names) > 20:
            print(f'      ... and {len(names) - 20} more')
        if failed > len(names):
            print(f'      and {failed - len(names)} that the result file does not name: see the output above')
        if passed + failed + skipped == 0:
            problems.append(f'{name} ran no test')
        if code != '0' and failed == 0:
            problems.append(f'{name}: its runner exited with {code} although no test in {result_file.name} failed')
        if code == '0' and failed:
            problems.append(f'{name}: its runner exited 0 although {failed} tests failed')
    if not lines:
        problems.append(f'nothing ran ({runs} is missing or empty)')
    elif total_passed == 0:
        problems.append('no test passed')
    if total_skipped:
        print(f'skipped: {total_skipped} tests (not counted as passed)')
    for problem in problems:
        print(f'FAILED: {problem}')
    print(f'tests: {total_passed} passed, {total_failed} failed')
    return 1 if problems or total_failed else 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
