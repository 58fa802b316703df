#include "import/flowimport.h"

#include "countries/eucomposition.h"
#include "domain/numberformat.h"
#include "import/countrymatcher.h"
#include "import/flowentry.h"
#include "import/flowformat.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/importrequest.h"
#include "import/importtext.h"
#include "import/tradeperiod.h"
#include "import/tradesink.h"
#include "io/csvreader.h"
#include "io/dutchnumber.h"
#include "io/textdecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace herkomst {

namespace {

using namespace flow;

QString money(double value, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(NumberFormat::decimal(value, 0), currency);
}

bool looksBinary(QIODevice &file)
{
    const QByteArray head = file.peek(4096);
    return head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF");
}

class FlowImporter {
public:
    FlowImporter(FlowFormat &format, ImportJob &job)
        : mFormat(format), mJob(job), mRequest(job.request()), mReport(job.report()), mSpecs(format.columns())
    {}

    bool read();

private:
    bool fail(const io::SourceError &error) { return mJob.fail(error); }
    int columnOf(int role) const { return role >= 0 && size_t(role) < mColumns.size() ? mColumns[size_t(role)] : 0; }
    bool fail(qint64 row, int role, const QString &message) { return fail({mPath, row, columnOf(role), message}); }
    QString columnName(int role) const
    {
        for (const FlowFormat::Column &spec : mSpecs) {
            if (spec.role == role)
                return spec.name;
        }
        return {};
    }

    bool readFile(int index);
    bool readHeader(io::CsvReader &reader, const io::CsvRow &row);
    bool readRow(const io::CsvRow &row, io::CsvReader &reader);
    bool readValue(const FlowFields &fields, qint64 row, io::DutchNumber::DecimalHint hint, TradeValue &value);
    void skip(const QString &reason, qint64 row, int role, TradeValue value, bool sumValue, qint64 rows = 1);
    void addEntry(const QByteArray &reporter, const TradePeriod &period, const FlowRecord &record, TradeValue value);
    void addEuEntry(const TradePeriod &period, FlowRecord record, TradeValue value, qint64 line);
    bool isEuMember(const QByteArray &iso3) const;
    bool refuseEmpty();
    // After reading: the annual row over months and the HS6 row over its CN8 rows, per key.
    void resolve();
    void noteMonths();
    void checkWorld();
    bool write();
    void noteSkips();

    FlowFormat &mFormat;
    ImportJob &mJob;
    const ImportRequest &mRequest;
    ImportReport &mReport;
    const std::vector<FlowFormat::Column> mSpecs;

    // Reporters
    QHash<QByteArray, QByteArray> mReporterCache; // cell bytes -> ISO3 ("" when no country)
    QMap<QString, qint64> mOtherReporters;

    // The file being read
    QString mPath;
    int mFileIndex = 0;
    std::vector<int> mColumns; // role -> 1-based column, 0 when absent
    int mHeaderSize = 0;
    int mLastUsedColumn = 0;
    io::DutchNumber::DecimalHint mHint = io::DutchNumber::DecimalHint::Point;
    qint64 mFileSkipped = 0;
    qint64 mFileUsed = 0;

    // What was read
    QHash<QByteArray, QPair<int, qint64>> mSeen; // source key -> file, row
    QHash<QByteArray, Entry> mEntries;
    QHash<QByteArray, quint16> mMonths;  // reporter|year -> months seen (bit 1..12)
    QSet<QByteArray> mAnnual;            // reporter|year with an annual row
    QMap<QByteArray, QString> mProducts; // HS6 -> description
    std::vector<SkipGroup> mSkips;
    QHash<QString, size_t> mSkipIndex;
    qint64 mUsedRows = 0;

    // Resolved: what is written, in key order
    std::vector<const Entry *> mOrder;
    QHash<const Entry *, TradeValue> mResolved;
    QMap<QByteArray, ProductTotal> mTotals; // reporter|year|flow|hs6
};

bool FlowImporter::readHeader(io::CsvReader &reader, const io::CsvRow &row)
{
    QStringList found;
    QStringList normalised;
    for (int i = 0; i < row.size(); ++i) {
        found << reader.text(row[i]).trimmed();
        normalised << FlowFormat::normaliseHeader(found.back());
    }
    mHeaderSize = row.size();
    mColumns.assign(size_t(std::max_element(mSpecs.begin(), mSpecs.end(),
                                            [](const auto &a, const auto &b) { return a.role < b.role; })
                               ->role +
                           1),
                    0);
    mLastUsedColumn = 0;
    QStringList missing;
    for (const FlowFormat::Column &spec : mSpecs) {
        for (const QString &synonym : spec.synonyms) {
            const int at = int(normalised.indexOf(synonym));
            if (at >= 0) {
                mColumns[size_t(spec.role)] = at + 1;
                mLastUsedColumn = std::max(mLastUsedColumn, at + 1);
                break;
            }
        }
        if (spec.required && mColumns[size_t(spec.role)] == 0)
            missing << spec.name;
    }
    if (missing.isEmpty())
        return true;
    QString shown = found.join(QLatin1String(", "));
    if (shown.size() > 160)
        shown = shown.left(157) + QLatin1String("...");
    if (row.size() == 1)
        return fail({mPath, row.line(), 0,
                     ImportText::tr(
                         "de kop heeft maar één kolom (\"%1\"): scheidingsteken niet herkend; verwacht een %2-bestand "
                         "met ; , of tab tussen de kolommen")
                         .arg(shown, mFormat.title())});
    return fail({mPath, row.line(), 0,
                 ImportText::tr("kolom %1 ontbreekt in de kop; verwacht een %2-bestand. Gevonden kolommen: %3")
                     .arg(missing.join(QLatin1String(", ")), mFormat.title(), shown)});
}

bool FlowImporter::readValue(const FlowFields &fields, qint64 row, io::DutchNumber::DecimalHint hint, TradeValue &value)
{
    io::DutchNumber::Result number = io::DutchNumber::parseAscii(fields.raw(FlowFormat::ValueRole));
    if (number.status == io::DutchNumber::Status::Invalid)
        number = io::DutchNumber::parse(fields.text(FlowFormat::ValueRole), hint);
    switch (ImportJob::tradeValue(number, value)) {
    case ImportJob::ValueProblem::None:
        return true;
    case ImportJob::ValueProblem::NotANumber:
        return fail(row, FlowFormat::ValueRole,
                    ImportText::tr("bedrag in %1 verwacht in kolom %2, gevonden \"%3\"")
                        .arg(mFormat.currency(), columnName(FlowFormat::ValueRole),
                             fields.text(FlowFormat::ValueRole).left(40)));
    case ImportJob::ValueProblem::Negative:
        break;
    case ImportJob::ValueProblem::TooLarge:
        return fail(row, FlowFormat::ValueRole, ImportJob::tooLargeText(fields.text(FlowFormat::ValueRole)));
    }
    return fail(row, FlowFormat::ValueRole,
                ImportText::tr("negatieve of ongeldige waarde %1 in kolom %2; handelswaarden zijn nooit negatief")
                    .arg(fields.text(FlowFormat::ValueRole), columnName(FlowFormat::ValueRole)));
}

void FlowImporter::skip(const QString &reason, qint64 row, int role, TradeValue value, bool sumValue, qint64 rows)
{
    mReport.rowsSkipped += rows;
    mFileSkipped += rows;
    auto it = mSkipIndex.constFind(reason);
    if (it == mSkipIndex.constEnd()) {
        it = mSkipIndex.insert(reason, mSkips.size());
        mSkips.push_back({reason, {row > 0 ? mPath : QString(), row, columnOf(role), reason}, 0, 0.0, sumValue});
    }
    SkipGroup &group = mSkips[*it];
    group.rows += rows;
    if (value.known())
        group.value += value.value;
}

bool FlowImporter::isEuMember(const QByteArray &iso3) const
{
    return mJob.euReporter() && !iso3.isEmpty() &&
           herkomst::isEuMember(*mJob.euReporter(), QString::fromLatin1(iso3), 0);
}

// The EU as one reporter (docs/design.md §1): a member's imports from a non-member are the EU's
// imports from it, summed over the members; from a member (or an intra-EU block) its intra-EU
// imports, kept as imports from itself; its exports only those to non-members. A member's World
// row covers intra-EU trade too, so it neither checks nor gives the EU's totals.
void FlowImporter::addEuEntry(const TradePeriod &period, FlowRecord record, TradeValue value, qint64 line)
{
    const QByteArray eu = euReporterCode(*mJob.euReporter()).toLatin1();
    if (record.partnerKind == FlowRecord::PartnerKind::World) {
        skip(ImportText::tr("wereldtotaal van een lidstaat: bevat ook handel binnen de EU"), line,
             FlowFormat::PartnerRole, value, false);
        return;
    }
    const bool intra = record.partnerKind == FlowRecord::PartnerKind::Block
                           ? mJob.partners().blocks().value(record.partner).side == EuSide::IntraEu
                           : isEuMember(record.partner);
    if (intra && record.direction == FlowRecord::Direction::Export) {
        skip(ImportText::tr("uitvoer binnen de EU (de EU als één rapporterend land)"), line, FlowFormat::PartnerRole,
             value, true);
        return;
    }
    if (intra) {
        record.partnerKind = FlowRecord::PartnerKind::Country;
        record.partner = eu;
    }
    addEntry(eu, period, record, value);
}

void FlowImporter::addEntry(const QByteArray &reporter, const TradePeriod &period, const FlowRecord &record,
                            TradeValue value)
{
    const bool isWorld = record.partnerKind == FlowRecord::PartnerKind::World;
    const QByteArray partner = isWorld ? QByteArray() : record.partner;
    const char flow = record.direction == FlowRecord::Direction::Import ? 'M' : 'X';
    QByteArray key;
    key.reserve(reporter.size() + record.hs6.size() + partner.size() + 12);
    key.append(reporter)
        .append('|')
        .append(QByteArray::number(period.year))
        .append('|')
        .append(flow)
        .append('|')
        .append(record.hs6)
        .append('|')
        .append(partner);
    auto it = mEntries.find(key);
    if (it == mEntries.end()) {
        Entry entry;
        entry.reporter = reporter;
        entry.year = period.year;
        entry.direction = record.direction;
        entry.hs6 = record.hs6;
        entry.partner = partner;
        entry.kind = record.partnerKind;
        it = mEntries.insert(key, entry);
    }
    it->parts[period.isYear() ? 0 : monthly][record.fromCn8 ? cn8Level : 0].add(value);

    const QByteArray reporterYear = reporter + '|' + QByteArray::number(period.year);
    if (period.isYear())
        mAnnual.insert(reporterYear);
    else
        mMonths[reporterYear] |= quint16(1u << period.month);
    QString &description = mProducts[record.hs6];
    if (description.isEmpty())
        description = record.description;
}

bool FlowImporter::readRow(const io::CsvRow &row, io::CsvReader &reader)
{
    const qint64 line = row.line();
    bool blank = true;
    for (int i = 0; i < row.size() && blank; ++i)
        blank = row[i].trimmed().isEmpty();
    if (blank) {
        skip(ImportText::tr("lege regel"), line, -1, {}, false);
        return true;
    }
    ++mReport.rowsRead;
    if (row.size() < mLastUsedColumn)
        return fail(
            {mPath, line, row.size() + 1,
             ImportText::tr(
                 "te weinig kolommen: %1 gevonden, de kop heeft er %2 (afgebroken bestand of ander scheidingsteken?)")
                 .arg(row.size())
                 .arg(mHeaderSize)});
    for (int i = mHeaderSize; i < row.size(); ++i) {
        if (!row[i].trimmed().isEmpty())
            return fail(
                {mPath, line, i + 1,
                 ImportText::tr("te veel kolommen: %1 gevonden, de kop heeft er %2").arg(row.size()).arg(mHeaderSize)});
    }
    const FlowFields fields(row, reader, mColumns);

    // Reporter first: a full Comext file holds every member state and most rows are not chosen.
    const QByteArrayView reporterCell = fields.raw(FlowFormat::ReporterRole);
    auto cached = mReporterCache.constFind(reporterCell.toByteArray());
    if (cached == mReporterCache.constEnd())
        cached =
            mReporterCache.insert(reporterCell.toByteArray(), mFormat.reporter(fields.text(FlowFormat::ReporterRole)));
    const QByteArray &reporter = *cached;
    const bool asCountry = !reporter.isEmpty() && mJob.isReporter(reporter);
    const bool asEu = isEuMember(reporter);
    if (!asCountry && !asEu) {
        ++mOtherReporters[fields.text(FlowFormat::ReporterRole)];
        ++mReport.rowsSkipped;
        ++mFileSkipped;
        return true;
    }

    const TradePeriod period = TradePeriod::parse(fields.text(FlowFormat::PeriodRole));
    if (!period.isValid())
        return fail(line, FlowFormat::PeriodRole,
                    ImportText::tr("periode verwacht in kolom %1 (JJJJ of JJJJMM), gevonden \"%2\"")
                        .arg(columnName(FlowFormat::PeriodRole), fields.text(FlowFormat::PeriodRole).left(40)));
    TradeValue value;
    if (!readValue(fields, line, mHint, value))
        return false;
    if (mRequest.year > 0 && period.year != mRequest.year) {
        skip(ImportText::tr("ander jaar dan %1").arg(mRequest.year), line, FlowFormat::PeriodRole, value, false);
        return true;
    }

    FlowRecord record;
    mFormat.interpret(fields, record);
    switch (record.verdict) {
    case FlowRecord::Verdict::Use:
        break;
    case FlowRecord::Verdict::Skip:
        skip(record.message, line, record.role, value, record.sumSkippedValue);
        return true;
    case FlowRecord::Verdict::Reject:
        return fail(line, record.role, record.message);
    case FlowRecord::Verdict::Unmatched:
        mJob.unmatchedPartner(record.message, {mPath, line, fields.column(record.role), record.message});
        return true;
    }

    QByteArray sourceKey = reporterCell.toByteArray();
    for (int role : {int(FlowFormat::PartnerRole), int(FlowFormat::ProductRole), int(FlowFormat::FlowRole),
                     int(FlowFormat::PeriodRole)})
        sourceKey.append('|').append(fields.raw(role).trimmed());
    sourceKey.append('|').append(record.keyExtra);
    const auto seen = mSeen.constFind(sourceKey);
    if (seen != mSeen.constEnd()) {
        const QString where = seen->first == mFileIndex ? ImportText::tr("regel %1").arg(seen->second)
                                                        : ImportText::tr("regel %1 van %2")
                                                              .arg(seen->second)
                                                              .arg(QFileInfo(mRequest.files[seen->first]).fileName());
        return fail(line, FlowFormat::ProductRole,
                    ImportText::tr("dubbele sleutel: %1 %2, partner %3, stroom %4, periode %5 staat ook op %6")
                        .arg(QString::fromLatin1(reporter), fields.text(FlowFormat::ProductRole),
                             fields.text(FlowFormat::PartnerRole), fields.text(FlowFormat::FlowRole),
                             fields.text(FlowFormat::PeriodRole), where));
    }
    mSeen.insert(sourceKey, {mFileIndex, line});
    if (record.partnerKind == FlowRecord::PartnerKind::Block)
        mJob.countBlockRows(record.partner, 1, value.known() ? value.value : 0.0);
    if (asCountry)
        addEntry(reporter, period, record, value);
    if (asEu)
        addEuEntry(period, record, value, line);
    ++mUsedRows;
    ++mFileUsed;
    return true;
}

bool FlowImporter::readFile(int index)
{
    mPath = mRequest.files[index];
    mFileIndex = index;
    mFileSkipped = mFileUsed = 0;
    const qint64 readBefore = mReport.rowsRead, rejectedBefore = mReport.rowsRejected;
    io::SourceError openError;
    const std::unique_ptr<QIODevice> input = mJob.openInput(mPath, &openError);
    if (!input)
        return fail(openError);
    if (input->peek(1).isEmpty())
        return fail(
            {mPath, 0, 0,
             ImportText::tr("het bestand is leeg; verwacht een %1-bestand met een kop (%2, %3, ...)")
                 .arg(mFormat.title(), columnName(FlowFormat::ReporterRole), columnName(FlowFormat::PartnerRole))});
    if (looksBinary(*input))
        return fail({mPath, 1, 0,
                     ImportText::tr("geen tekstbestand (binaire gegevens?); verwacht een %1-bestand als CSV")
                         .arg(mFormat.title())});

    io::CsvReader::Options options;
    options.fileName = mPath;
    io::CsvReader reader(input.get(), options);
    reader.setCancelFlag(mJob.progress().cancelFlag());
    const int fileCount = int(mRequest.files.size());
    reader.setProgressCallback([this, index, fileCount](qint64 done, qint64 total) {
        if (total > 0)
            mJob.reading(index, fileCount, double(done) / double(total));
    });
    io::CsvRow row;
    bool header = false;
    while (reader.readRow(row)) {
        if (!header) {
            if (row.isEmpty())
                continue;
            if (!readHeader(reader, row))
                return false;
            header = true;
            mHint =
                reader.delimiter() == ';' ? io::DutchNumber::DecimalHint::Comma : io::DutchNumber::DecimalHint::Point;
            continue;
        }
        if (!readRow(row, reader))
            return false;
    }
    if (reader.status() == io::CsvReader::Status::Cancelled)
        return false;
    if (reader.status() == io::CsvReader::Status::Error)
        return fail(reader.error());
    if (!header)
        return fail({mPath, 0, 0, ImportText::tr("het bestand bevat geen regels")});
    if (mReport.rowsRead == readBefore)
        return fail({mPath, reader.recordNumber() + 1, 0,
                     ImportText::tr("het bestand heeft alleen de kop en geen gegevensregels")});
    mJob.setFileCounts(size_t(index), mReport.rowsRead - readBefore, mFileUsed, mReport.rowsRejected - rejectedBefore);
    return true;
}

bool FlowImporter::refuseEmpty()
{
    QStringList reasons;
    for (const SkipGroup &group : mSkips)
        reasons << QStringLiteral("%1 (%2)").arg(group.reason, NumberFormat::count(group.rows));
    QStringList others;
    for (auto it = mOtherReporters.cbegin(); it != mOtherReporters.cend() && others.size() < 8; ++it)
        others << QStringLiteral("%1 (%2)").arg(it.key().isEmpty() ? ImportText::tr("leeg") : it.key(),
                                                NumberFormat::count(it.value()));
    QStringList chosen;
    for (const QByteArray &code : mJob.reporters())
        chosen << QString::fromLatin1(code);
    QString message = ImportText::tr("geen bruikbare regels");
    const bool otherReporters = !others.isEmpty() && !mJob.allReporters();
    if (otherReporters)
        message += ImportText::tr(" voor rapporterend land %1; het bestand heeft: %2")
                       .arg(chosen.join(QLatin1String(", ")), others.join(QLatin1String(", ")));
    if (!reasons.isEmpty())
        message += ImportText::tr("; overgeslagen: %1").arg(reasons.join(QLatin1String(", ")));
    mReport.fail({mRequest.files.front(), 0, 0, message},
                 otherReporters ? ImportReport::Remedy::ChooseReporter : ImportReport::Remedy::None);
    return false;
}

void FlowImporter::resolve()
{
    qint64 monthsDropped = 0, cn8Dropped = 0;
    mOrder.reserve(size_t(mEntries.size()));
    mResolved.reserve(mEntries.size());
    for (auto it = mEntries.cbegin(); it != mEntries.cend(); ++it) {
        const Entry &entry = *it;
        const int grain = mAnnual.contains(entry.reporter + '|' + QByteArray::number(entry.year)) ? 0 : monthly;
        const int level = entry.parts[grain][0].rows > 0 ? 0 : cn8Level;
        for (int g = 0; g < 2; ++g) {
            for (int l = 0; l < 2; ++l) {
                if (g != grain)
                    monthsDropped += entry.parts[g][l].rows;
                else if (l != level)
                    cn8Dropped += entry.parts[g][l].rows;
            }
        }
        const Part &part = entry.parts[grain][level];
        if (part.rows == 0)
            continue; // only rows of the other grain, all dropped
        mResolved.insert(&entry, part.value());
        mOrder.push_back(&entry);
        ProductTotal &total = mTotals[it.key().left(it.key().lastIndexOf('|'))];
        total.reporter = entry.reporter;
        total.year = entry.year;
        total.direction = entry.direction;
        total.hs6 = entry.hs6;
        if (entry.kind == FlowRecord::PartnerKind::World) {
            total.hasWorld = true;
            total.world = part.value();
        } else {
            total.hasPartners = true;
            total.partners.known += part.known;
            total.partners.rows += part.rows;
            if (part.status != ValueStatus::Known)
                total.partners.status = part.status;
        }
    }
    if (monthsDropped > 0)
        skip(ImportText::tr(
                 "maandcijfers van een jaar waarvoor ook het jaartotaal (periode JJJJ of JJJJ52) in de gegevens "
                 "staat"),
             0, -1, {}, false, monthsDropped);
    if (cn8Dropped > 0)
        skip(ImportText::tr("GN8-regels van een GS6-code die ook zelf in de gegevens staat"), 0, -1, {}, false,
             cn8Dropped);
    mUsedRows -= monthsDropped + cn8Dropped;
    std::sort(mOrder.begin(), mOrder.end(), [](const Entry *a, const Entry *b) {
        return std::tie(a->reporter, a->year, a->hs6, a->partner) < std::tie(b->reporter, b->year, b->hs6, b->partner);
    });
}

// Months that do not make a whole year are summed, and said so.
void FlowImporter::noteMonths()
{
    for (auto it = mMonths.cbegin(); it != mMonths.cend(); ++it) {
        if (mAnnual.contains(it.key()))
            continue;
        int count = 0;
        for (int m = 1; m <= 12; ++m)
            count += (it.value() >> m) & 1;
        const QString what = QString::fromLatin1(it.key()).replace(QLatin1Char('|'), QLatin1Char(' '));
        if (count < 12)
            mReport.notes
                << ImportText::tr(
                       "%1: maar %2 van de 12 maanden in de gegevens; het jaarcijfer is de som van die maanden.")
                       .arg(what)
                       .arg(count);
        else
            mReport.notes << ImportText::tr("%1: twaalf maanden opgeteld tot het jaar.").arg(what);
    }
}

// World rows: a cross-check of the partner sum, and the export total when present.
void FlowImporter::checkWorld()
{
    int checked = 0, worldOnly = 0, mismatchCount = 0;
    QStringList mismatches;
    for (const ProductTotal &total : std::as_const(mTotals)) {
        if (!total.hasWorld)
            continue;
        if (!total.hasPartners) {
            if (total.direction == FlowRecord::Direction::Import)
                ++worldOnly;
            continue;
        }
        if (!total.world.known() || total.partners.status != ValueStatus::Known)
            continue;
        ++checked;
        const double world = total.world.value, sum = total.partners.known;
        const double gap = std::abs(sum - world);
        if (gap > 0.01 * std::max(world, sum) && gap > 0.0 && ++mismatchCount <= 5)
            mismatches << ImportText::tr("%1 %2 %3 %4: som partners %5, wereld %6")
                              .arg(QString::fromLatin1(total.reporter))
                              .arg(total.year)
                              .arg(total.direction == FlowRecord::Direction::Import ? ImportText::tr("invoer")
                                                                                    : ImportText::tr("uitvoer"),
                                   QString::fromLatin1(total.hs6), money(sum, mFormat.currency()),
                                   money(world, mFormat.currency()));
    }
    if (mismatchCount > 0)
        mReport.notes
            << ImportText::tr(
                   "Wereldtotaal wijkt meer dan 1 % af van de som van de partners bij %1 van %2 producten: %3%4.")
                   .arg(mismatchCount)
                   .arg(checked)
                   .arg(mismatches.join(QLatin1String("; ")), mismatchCount > 5 ? QStringLiteral("; ...") : QString());
    else if (checked > 0)
        mReport.notes << ImportText::tr(
                             "Wereldtotaal gecontroleerd bij %1 producten: de som van de partners wijkt nergens "
                             "meer dan 1 % af.")
                             .arg(checked);
    if (worldOnly > 0)
        mReport.notes << ImportText::tr(
                             "%1 invoerproducten hebben alleen een wereldtotaal en geen partners; daarvoor is "
                             "geen herkomst opgeslagen.")
                             .arg(worldOnly);
}

// Products, then imports by partner and export totals in key order, in bulk per reporter and year.
bool FlowImporter::write()
{
    TradeSink &sink = mJob.sink();
    QSet<QByteArray> stocked;
    for (const Entry *entry : mOrder) {
        if (entry->kind != FlowRecord::PartnerKind::World || entry->direction == FlowRecord::Direction::Export)
            stocked.insert(entry->hs6);
    }
    for (auto it = mProducts.cbegin(); it != mProducts.cend(); ++it) {
        if (stocked.contains(it.key()) && !sink.addProduct({QString::fromLatin1(it.key()), {}, it.value(), {}}))
            return mJob.writeFailed();
    }
    std::vector<TradeRow> rows;
    QByteArray reporter;
    int year = 0;
    const auto flush = [&](bool imports) {
        const bool ok = imports ? sink.addImports(reporter, year, rows.data(), rows.size())
                                : sink.addExports(reporter, year, rows.data(), rows.size());
        rows.clear();
        return ok && !mJob.isCancelled();
    };
    for (const Entry *entry : mOrder) {
        if (entry->direction != FlowRecord::Direction::Import || entry->kind == FlowRecord::PartnerKind::World)
            continue;
        if ((entry->reporter != reporter || entry->year != year) && !flush(true))
            return mJob.isCancelled() ? mJob.cancelled() : mJob.writeFailed();
        reporter = entry->reporter;
        year = entry->year;
        rows.push_back({entry->hs6.toInt(), entry->partner, mResolved.value(entry)});
    }
    if (!flush(true))
        return mJob.isCancelled() ? mJob.cancelled() : mJob.writeFailed();
    for (const ProductTotal &total : std::as_const(mTotals)) {
        if (total.direction != FlowRecord::Direction::Export)
            continue;
        if ((total.reporter != reporter || total.year != year) && !flush(false))
            return mJob.writeFailed();
        reporter = total.reporter;
        year = total.year;
        rows.push_back({total.hs6.toInt(), {}, total.hasWorld ? total.world : total.partners.value()});
    }
    return flush(false) || mJob.writeFailed();
}

void FlowImporter::noteSkips()
{
    if (!mOtherReporters.isEmpty()) {
        QStringList shown;
        qint64 rows = 0;
        for (auto it = mOtherReporters.cbegin(); it != mOtherReporters.cend(); ++it) {
            rows += it.value();
            if (shown.size() < 8)
                shown << QStringLiteral("%1 %2").arg(it.key(), NumberFormat::count(it.value()));
        }
        mReport.notes << ImportText::tr("%1 regels van andere rapporterende landen of aggregaten overgeslagen (%2%3).")
                             .arg(NumberFormat::count(rows), shown.join(QLatin1String(", ")),
                                  mOtherReporters.size() > 8 ? QStringLiteral(", ...") : QString());
        mReport.addIssue(ImportIssue::Kind::Skipped,
                         {mRequest.files.front(), 0, 0,
                          ImportText::tr("%1 regels van andere rapporterende landen overgeslagen").arg(rows)});
    }
    for (const SkipGroup &group : mSkips) {
        QString note = ImportText::tr("%1 regels overgeslagen: %2").arg(NumberFormat::count(group.rows), group.reason);
        if (group.sumValue)
            note += ImportText::tr(" (samen %1)").arg(money(group.value, mFormat.currency()));
        if (group.first.row > 0)
            note += ImportText::tr("; eerste op regel %1 van %2")
                        .arg(group.first.row)
                        .arg(QFileInfo(group.first.file).fileName());
        mReport.notes << note + QLatin1Char('.');
        io::SourceError where = group.first;
        where.message = note;
        mReport.addIssue(ImportIssue::Kind::Skipped, where);
    }
}

bool FlowImporter::read()
{
    if (mRequest.files.isEmpty())
        return fail({{}, 0, 0, ImportText::tr("Geen %1-bestand opgegeven.").arg(mFormat.title())});
    // Small files: a file given twice or imported before is refused before it is read.
    if (!mJob.chooseReporters(false) || !mJob.addInputs(mRequest.files) || !mJob.checkInputs())
        return false;
    for (int n = 0; n < mRequest.files.size(); ++n) {
        mJob.reading(n, int(mRequest.files.size()), 0.0,
                     ImportText::tr("Lezen: %1").arg(QFileInfo(mRequest.files[n]).fileName()));
        if (!readFile(n))
            return false;
    }
    if (!mJob.checkPartners())
        return false;
    if (mUsedRows == 0)
        return refuseEmpty();
    resolve();
    noteMonths();
    checkWorld();

    DataSetInfo info;
    info.name = QStringLiteral("%1 %2").arg(mFormat.title(), QFileInfo(mRequest.files.front()).completeBaseName());
    info.source = mFormat.source();
    info.hsCoding.yearly = true; // Comext and Comtrade: each year in the revision in force
    info.currency = mFormat.currency();
    info.unitNote = mFormat.unitNote();
    QStringList names;
    for (const QString &path : mRequest.files)
        names << QFileInfo(path).fileName();
    info.note = ImportText::tr("%1: %2").arg(mFormat.title(), names.join(QLatin1String(", ")));
    if (!mJob.begin(info) || !write())
        return false;

    QStringList reporters;
    for (const QByteArray &code : mJob.reporters())
        reporters << QString::fromLatin1(code);
    mReport.notes << ImportText::tr("%1 regels gebruikt; rapporterend land: %2; waarden in %3.")
                         .arg(NumberFormat::count(mUsedRows),
                              mJob.allReporters() ? ImportText::tr("alle") : reporters.join(QLatin1String(", ")),
                              mFormat.unitNote());
    noteSkips();
    return true;
}

} // namespace

bool readFlowFiles(FlowFormat &format, ImportJob &job)
{
    return FlowImporter(format, job).read();
}

} // namespace herkomst
