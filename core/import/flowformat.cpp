#include "import/flowformat.h"

#include "import/countrymatcher.h"
#include "import/flowimport.h"
#include "import/hscode.h"
#include "io/csvreader.h"
#include "io/csvrow.h"
#include "io/inputfile.h"
#include "io/textdecoding.h"

#include "import/importtext.h"
#include <QFile>

namespace herkomst {

QString FlowFormat::normaliseHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

void FlowFormat::readProduct(const QString &text, int maxDigits, FlowRecord &record)
{
    if (text.isEmpty()) {
        record.reject(ProductRole, ImportText::tr("goederencode ontbreekt"));
        return;
    }
    const QString upper = text.toUpper();
    if (upper == QLatin1String("TOTAL") || upper == QLatin1String("TOTAAL") || upper == QLatin1String("ALL")) {
        record.skip(ImportText::tr("totaal over alle goederen"), ProductRole);
        return;
    }
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit())
        ++digits;
    if (digits >= 1 && digits <= 4 && (digits == text.size() || text[digits].isSpace())) {
        record.skip(ImportText::tr("hoofdstuk of post (%1 cijfers), geen GS6-code").arg(digits), ProductRole);
        return;
    }
    if (digits > maxDigits) {
        record.reject(ProductRole, ImportText::tr("goederencode van 6%1 cijfers verwacht, gevonden %2 cijfers \"%3\"")
                                       .arg(maxDigits >= 8 ? ImportText::tr(" (GS6) of 8 (GN8)") : QString())
                                       .arg(digits)
                                       .arg(text.left(40)));
        return;
    }
    const HsCode code = HsCode::parse(text);
    if (!code.isValid()) {
        record.reject(ProductRole, code.error.isEmpty()
                                       ? ImportText::tr("goederencode verwacht, gevonden \"%1\"").arg(text.left(40))
                                       : code.error);
        return;
    }
    record.hs6 = code.hs6;
    record.fromCn8 = !code.cn8.isEmpty();
    record.description = code.description;
}

bool FlowFormat::readFlow(const QString &text, FlowRecord &record)
{
    const QString flow = text.toUpper();
    if (flow == QLatin1String("1") || flow == QLatin1String("M") || flow == QLatin1String("IMPORT") ||
        flow == QLatin1String("IMPORTS")) {
        record.direction = FlowRecord::Direction::Import;
        return true;
    }
    if (flow == QLatin1String("2") || flow == QLatin1String("X") || flow == QLatin1String("EXPORT") ||
        flow == QLatin1String("EXPORTS")) {
        record.direction = FlowRecord::Direction::Export;
        return true;
    }
    return false;
}

void FlowFormat::matchPartner(CountryMatcher &partners, const QStringList &spellings, const QString &name,
                              bool listedWithoutCountry, FlowRecord &record)
{
    switch (partners.match(spellings, name, listedWithoutCountry, &record.partner)) {
    case CountryMatcher::Match::Country:
        break;
    case CountryMatcher::Match::Block:
        record.partnerKind = FlowRecord::PartnerKind::Block;
        break;
    case CountryMatcher::Match::Total:
        record.skip(ImportText::tr("landengroep als partner (%1)").arg(spellings.value(0, name)), PartnerRole);
        break;
    case CountryMatcher::Match::Unmatched: {
        const QString text = spellings.value(0).isEmpty() ? name : spellings.value(0);
        record.unmatched(PartnerRole, text.isEmpty() ? ImportText::tr("(leeg)") : text);
        break;
    }
    }
}

void FlowRecord::adoptPartner(const FlowRecord &known, int column)
{
    switch (known.verdict) {
    case Verdict::Use:
        partnerKind = known.partnerKind;
        partner = known.partner;
        break;
    case Verdict::Skip:
        skip(known.message, column, known.sumSkippedValue);
        break;
    case Verdict::Reject:
    case Verdict::Unmatched:
        unmatched(column, known.message);
        break;
    }
}

QByteArrayView FlowFields::raw(int role) const
{
    const int c = column(role);
    return c > 0 ? mRow.value(c - 1) : QByteArrayView();
}

QString FlowFields::text(int role) const
{
    const int c = column(role);
    return c > 0 ? mReader.text(mRow.value(c - 1)).trimmed() : QString();
}

int detectFlowFormat(FlowFormat &format, const QStringList &files)
{
    const std::vector<FlowFormat::Column> specs = format.columns();
    int score = 0;
    for (const QString &path : files) {
        io::SourceError error;
        const std::unique_ptr<QIODevice> file = io::InputFile::open(path, &error);
        if (!file)
            continue;
        const QString text = io::TextDecoding::decode(file->read(8192));
        const QString line = text.section(QLatin1Char('\n'), 0, 0);
        for (const QChar delimiter : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
            QStringList cells;
            for (const QString &cell : line.split(delimiter))
                cells << FlowFormat::normaliseHeader(cell);
            bool all = cells.size() > 2;
            for (const FlowFormat::Column &spec : specs) {
                if (!spec.required)
                    continue;
                bool found = false;
                for (const QString &synonym : spec.synonyms)
                    found = found || cells.contains(synonym);
                all = all && found;
            }
            if (all)
                score = std::max(score, 85);
        }
    }
    return score;
}

} // namespace herkomst
