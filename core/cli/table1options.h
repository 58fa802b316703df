#pragma once

#include "domain/partnercomparison.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace herkomst::cli {

// The options that choose a Table 1 (services against goods imports by partner), shared by
// `table1` and `export --chart table1` so both show the same figures:
//   --source letter | data   the letter's table ("Kamerbrief 2021") or data (the default with --db)
//   --db F --goods-dataset N --services-dataset N --reporter R --year Y   the data
//   --top N                  partners per list (default 20)
struct Table1Options {
    bool letter = true;
    QString storePath;       // empty: the embedded demo data for goods
    QString goodsDataSet;    // empty: the store's only goods data set
    QString servicesDataSet; // empty: no services column
    QString reporter = QStringLiteral("NLD");
    int year = 0; // 0: the latest the goods data has
    int top = 20;

    // addTo adds every option; addSourceOptions all but --top (export has its own --top).
    static void addTo(QCommandLineParser &parser);
    static void addSourceOptions(QCommandLineParser &parser);
    // False with a Dutch *error on a usage error.
    bool read(const QCommandLineParser &parser, QString *error);
};

// The comparison the options choose, cut to top. Returns an exit code (Ok, or DataError after
// printing the reason to err); warns on err about synthetic goods data.
int prepareTable1(const Table1Options &options, PartnerComparison &comparison, QTextStream &err);

} // namespace herkomst::cli
