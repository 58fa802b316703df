#pragma once

#include <QCoreApplication>

class QCommandLineParser;
class QTextStream;

namespace herkomst::ui {

// herkomst-cli export --chart table1 --format png|svg|pdf --out F
// herkomst-cli export --table table1 --format xlsx|csv|docx --out F
// with table1's options (--source letter|data, --db, --goods-dataset, --services-dataset,
// --reporter, --year, --top; cli/table1options.h): the figure of the view "Diensten en goederen"
// with its caption, or the table as the letter prints it.
class Table1Export {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Adds the options export lacks for Table 1 (--source, --goods-dataset, --services-dataset).
void addTable1ExportOptions(QCommandLineParser &parser);
// Whether --chart or --table asks for Table 1.
bool isTable1Export(const QCommandLineParser &parser);
int exportTable1(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace herkomst::ui
