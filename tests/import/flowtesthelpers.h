#pragma once

#include "analysis/funnelanalysis.h"
#include "import/importreport.h"
#include "import/importrequest.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace herkomst {
class Store;
}

// Shared by the Comext and Comtrade suites: one bad-input case run against a store that already
// holds data, and the statistics and funnel of an imported data set.
namespace flowtest {

struct BadCase {
    const char *name;
    const char *fileName;
    QByteArray content;
    const char *message; // expected part of the message; "a|b" accepts either
    qint64 row;          // -1: not checked
    int column;          // -1: not checked
    std::function<void(herkomst::ImportRequest &)> adjust = {};
};

// Writes the case into dir, imports it with the format into the store at storePath and checks
// with QVERIFY/QCOMPARE: refused, the message names the file, row and column, store unchanged.
void expectRefused(const QString &format, const BadCase &bad, const QString &storePath, const QString &dir);

// Statistics of one data set, reporter (NLD unless given) and year; nullopt (with a warning) on error.
std::optional<herkomst::StatisticsSet> statistics(const herkomst::Store &store, const QString &dataSet, int year,
                                                  const QString &reporter = QStringLiteral("NLD"));
// The funnel step of the world-market HHI criterion in the CBS 2021 preset.
const herkomst::FunnelStep *worldHhiStep(const herkomst::AnalysisResult &result);
herkomst::AnalysisResult cbs2021Funnel(const herkomst::StatisticsSet &set);

bool notesContain(const herkomst::ImportReport &report, const QString &part);
// The stored import value of one product and partner in a data set (-1 when absent).
double importValue(const herkomst::Store &store, const QString &dataSet, const char *hs6, const QString &partner);

// A store at storePath that already holds one data set imported from file.
void seedStore(const QString &format, const QString &storePath, const QString &file);
// Cancelled while reading and while writing: outcome Cancelled, store unchanged.
void expectCancelled(const QString &format, const QString &file, const QString &storePath);
// Imported once into a new store at dbPath, the same file again is refused and changes nothing.
void expectDuplicateRefused(const QString &format, const QString &file, const QString &dbPath);

} // namespace flowtest
