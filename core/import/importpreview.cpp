#include "import/importpreview.h"

#include "import/cbsdata.h"
#include "import/cbsimporter.h"
#include "import/cbsrow.h"
#include "import/cbstablereader.h"
#include "import/countrymatcher.h"
#include "import/importreport.h"
#include "import/importtext.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <optional>

namespace herkomst {

namespace {

// Feeds rows to the CBS table reader until it has found the header, the same detection the
// importers run, so the preview shows what an import would do with the file untouched.
class PreviewCollector {
public:
    PreviewCollector(TablePreview &preview, int maxRows, const QString &sheetName)
        : mPreview(preview), mMaxRows(maxRows), mCountries(nullptr)
    {
        CbsTableReader::Context context;
        context.file = preview.file;
        context.sheet = sheetName;
        mReader.emplace(context, mData, mCountries, mReport);
        mFallbackYear = ColumnMapping::yearInText(sheetName);
        if (mFallbackYear == 0)
            mFallbackYear = ColumnMapping::yearInText(QFileInfo(preview.file).completeBaseName());
    }

    // False when enough has been read.
    bool add(const CbsRow &row)
    {
        ++mSeen;
        const bool detecting = !mReader->hasHeader() && mSeen <= CbsTableReader::headerSearchRows;
        if (detecting) {
            mReader->addRow(row);
            if (!mReader->hasHeader()) {
                for (const CbsCell &cell : row.cells()) {
                    if (mTitleYear == 0 && cell.kind == CbsCell::Kind::Text)
                        mTitleYear = ColumnMapping::yearInText(cell.toString());
                }
            }
        }
        if (int(mPreview.rows.size()) < mMaxRows) {
            QStringList cells;
            for (const CbsCell &cell : row.cells())
                cells << cell.toString();
            while (!cells.isEmpty() && cells.back().isEmpty())
                cells.removeLast();
            mPreview.columnCount = std::max(mPreview.columnCount, int(cells.size()));
            mPreview.rows.push_back(cells);
            mPreview.rowNumbers.push_back(row.row);
        }
        return int(mPreview.rows.size()) < mMaxRows ||
               (!mReader->hasHeader() && mSeen < CbsTableReader::headerSearchRows);
    }

    void finish()
    {
        mPreview.mapping = mReader->mapping();
        if (!mReader->hasHeader())
            mPreview.mapping.headerRow = 0;
        mPreview.titleYear = mTitleYear ? mTitleYear : mFallbackYear;
    }

private:
    TablePreview &mPreview;
    int mMaxRows;
    CbsData mData;
    CountryMatcher mCountries;
    ImportReport mReport;
    std::optional<CbsTableReader> mReader;
    qint64 mSeen = 0;
    int mTitleYear = 0;
    int mFallbackYear = 0;
};

void previewWorkbook(TablePreview &preview, int sheet, int maxRows)
{
    io::XlsxReader reader(preview.file);
    if (!reader.open()) {
        preview.error = reader.error();
        return;
    }
    preview.sheets = reader.sheetNames();
    if (preview.sheets.isEmpty()) {
        preview.error = {preview.file, 0, 0, ImportText::tr("de werkmap heeft geen bladen")};
        return;
    }
    preview.sheet = std::clamp(sheet, 0, int(preview.sheets.size()) - 1);
    if (!reader.openSheet(preview.sheet)) {
        preview.error = reader.error();
        return;
    }
    PreviewCollector collector(preview, maxRows, preview.sheets[preview.sheet]);
    io::XlsxRow row;
    CbsRow cells;
    while (reader.readRow(row)) {
        cells.fill(row);
        if (!collector.add(cells))
            break;
    }
    if (reader.hasError())
        preview.error = reader.error();
    collector.finish();
}

void previewText(TablePreview &preview, int maxRows)
{
    QFile file(preview.file);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = {preview.file, 0, 0, ImportText::tr("kan het bestand niet openen: %1").arg(file.errorString())};
        return;
    }
    const QByteArray head = file.peek(4096);
    if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF")) {
        preview.error = {preview.file, 1, 0,
                         ImportText::tr("geen tekstbestand (binaire gegevens?); verwacht CSV of XLSX")};
        return;
    }
    io::CsvReader::Options options;
    options.fileName = preview.file;
    io::CsvReader reader(&file, options);
    PreviewCollector collector(preview, maxRows, {});
    io::CsvRow fields;
    CbsRow row;
    while (reader.readRow(fields)) {
        row.fill(fields, reader);
        if (!collector.add(row))
            break;
    }
    if (reader.status() == io::CsvReader::Status::Error)
        preview.error = reader.error();
    collector.finish();
}

} // namespace

QString TablePreview::cell(qint64 row, int column) const
{
    for (size_t i = 0; i < rowNumbers.size(); ++i) {
        if (rowNumbers[i] == row)
            return column >= 1 && column <= rows[i].size() ? rows[i][column - 1] : QString();
    }
    return {};
}

TablePreview previewTable(const QString &path, int sheet, int maxRows)
{
    TablePreview preview;
    preview.file = path;
    if (!QFileInfo(path).isFile()) {
        preview.error = {path, 0, 0, ImportText::tr("het bestand bestaat niet of is geen bestand")};
        return preview;
    }
    if (CbsImporter::isWorkbook(path))
        previewWorkbook(preview, sheet, std::max(1, maxRows));
    else
        previewText(preview, std::max(1, maxRows));
    return preview;
}

} // namespace herkomst
