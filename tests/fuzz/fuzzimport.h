#pragma once

#include "fuzzinput.h"

#include "import/importrequest.h"

#include <QString>

// Runs one import format on files made from a fuzz input, as `herkomst-cli import` would, into
// a sink that checks and counts what it is handed instead of storing it: so every input costs a
// read, never a write, and the store the job consults stays empty.
namespace fuzz {

// Options an input may set in a part named "options", one per line: "skip-unmatched",
// "reporter=ISO3" (several allowed, or ALL), "year=N". The mutator finds other paths this way
// (every reporter, unmatched rows skipped) without a target per combination.
void applyOptions(const Parts &parts, herkomst::ImportRequest &request);

// Imports request.files with the format `key` and checks what the report says against what the
// sink was handed; aborts (a crash for the fuzzer) when they disagree or a failed import has no
// message.
void runImport(const QString &key, herkomst::ImportRequest request);

} // namespace fuzz
