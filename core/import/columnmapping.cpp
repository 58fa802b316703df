#include "import/columnmapping.h"

#include "import/importtext.h"

#include "countries/countryregistry.h"
#include "import/tradeperiod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace herkomst {

namespace {

struct Synonym {
    ColumnRole role;
    const char *text; // normalised (lower case, no accents, single spaces)
    bool prefix;      // also matches as the start of a longer word ("invoerwaarde")
};

// Order matters: the first match wins, so longer and more specific names come first.
const Synonym synonyms[] = {
    {ColumnRole::WorldHhi, "herfindahl", true},
    {ColumnRole::WorldHhi, "hhi", false},
    {ColumnRole::Description, "omschrijving", false},
    {ColumnRole::Description, "goederenomschrijving", false},
    {ColumnRole::Description, "productomschrijving", false},
    {ColumnRole::Description, "description", false},
    {ColumnRole::Description, "product description", false},
    {ColumnRole::Description, "naam", false},
    {ColumnRole::Product, "goederencode", false},
    {ColumnRole::Product, "goederen", false},
    {ColumnRole::Product, "productcode", false},
    {ColumnRole::Product, "product code", false},
    {ColumnRole::Product, "gs6", false},
    {ColumnRole::Product, "gs", false},
    {ColumnRole::Product, "hs6", false},
    {ColumnRole::Product, "hs", false},
    {ColumnRole::Product, "hs code", false},
    {ColumnRole::Product, "gn", false},
    {ColumnRole::Product, "gn8", false},
    {ColumnRole::Product, "cn8", false},
    {ColumnRole::Product, "cn", false},
    {ColumnRole::Product, "code", false},
    {ColumnRole::Product, "product", false},
    {ColumnRole::Reporter, "rapporterend land", false},
    {ColumnRole::Reporter, "reporter", false},
    {ColumnRole::Reporter, "declarant", false},
    {ColumnRole::Partner, "land van herkomst", false},
    {ColumnRole::Partner, "herkomstland", false},
    {ColumnRole::Partner, "land", false},
    {ColumnRole::Partner, "landen", false},
    {ColumnRole::Partner, "partnerland", false},
    {ColumnRole::Partner, "partner", false},
    {ColumnRole::Partner, "country", false},
    {ColumnRole::Partner, "partner country", false},
    {ColumnRole::Partner, "origin", false},
    {ColumnRole::Partner, "country of origin", false},
    {ColumnRole::Year, "jaar", false},
    {ColumnRole::Year, "perioden", false},
    {ColumnRole::Year, "periode", false},
    {ColumnRole::Year, "year", false},
    {ColumnRole::Year, "period", false},
    {ColumnRole::ImportValue, "invoer", true},
    {ColumnRole::ImportValue, "import", true},
    {ColumnRole::ImportValue, "waarde invoer", false},
    {ColumnRole::ExportValue, "uitvoer", true},
    {ColumnRole::ExportValue, "export", true},
    {ColumnRole::ExportValue, "waarde uitvoer", false},
    {ColumnRole::Industry, "bedrijfstak", true},
    {ColumnRole::Industry, "sbi", true},
    {ColumnRole::Industry, "industry", false},
    {ColumnRole::Industry, "industrie", false},
    {ColumnRole::Industry, "sector", false},
};

// Header text without a trailing unit or note in brackets: "Invoer (x 1 000 euro)" -> "invoer".
QString headerKey(const QString &header)
{
    QString text = header;
    const int bracket = text.indexOf(QLatin1Char('('));
    if (bracket > 0)
        text.truncate(bracket);
    return CountryRegistry::normalise(text);
}

} // namespace

TableKind ColumnMapping::tableKind() const
{
    if (!has(ColumnRole::Product))
        return TableKind::Unknown;
    if (has(ColumnRole::Partner) && has(ColumnRole::ImportValue))
        return TableKind::ImportsByPartner;
    if (has(ColumnRole::ExportValue) && !has(ColumnRole::Partner))
        return TableKind::ExportsByProduct;
    if (has(ColumnRole::WorldHhi))
        return TableKind::WorldHhi;
    if (has(ColumnRole::Industry) && !has(ColumnRole::ImportValue) && !has(ColumnRole::ExportValue))
        return TableKind::ProductIndustry;
    return TableKind::Unknown;
}

std::optional<ColumnRole> ColumnMapping::roleForHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const Synonym &s : synonyms) {
        const QLatin1String text(s.text);
        if (key == text)
            return s.role;
        if (key.startsWith(text)) {
            const QChar next = key.at(text.size());
            if (next == QLatin1Char(' ') || s.prefix)
                return s.role;
        }
    }
    return std::nullopt;
}

bool ColumnMapping::detectHeader(const QStringList &cells, qint64 row)
{
    std::array<int, columnRoleCount> found{};
    int recognised = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const std::optional<ColumnRole> role = roleForHeader(cells[i]);
        if (!role || found[size_t(*role)] > 0)
            continue;
        found[size_t(*role)] = i + 1;
        ++recognised;
    }
    if (found[size_t(ColumnRole::Product)] == 0 || recognised < 2)
        return false;
    columns = found;
    headerRow = row;
    // A unit in a value column's header ("Invoerwaarde (x 1 000 euro)") applies to the table.
    for (ColumnRole role : {ColumnRole::ImportValue, ColumnRole::ExportValue}) {
        if (has(role))
            detectUnit(cells[column(role) - 1]);
    }
    return true;
}

bool ColumnMapping::detectUnit(const QString &text)
{
    QString key = CountryRegistry::normalise(text);
    if (key.isEmpty() || key.size() > 80)
        return false;
    // "x 1 000 000" and "x 1.000" both become "x 1000000" / "x 1000".
    static const QRegularExpression digitGroups(QStringLiteral("(?<=\\d) (?=\\d{3}\\b)"));
    key.replace(digitGroups, QString());
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto hasWord = [&](std::initializer_list<const char *> list) {
        for (const char *w : list) {
            if (words.contains(QLatin1String(w)))
                return true;
        }
        return false;
    };
    const bool euro = hasWord({"euro", "eur"});
    const bool dollar = hasWord({"usd", "dollar", "dollars", "us"});
    if (!euro && !dollar)
        return false;
    double factor = 1.0;
    if (hasWord({"mld", "miljard", "billion", "bn"}) || key.contains(QLatin1String("x 1000000000")))
        factor = 1e9;
    else if (hasWord({"mln", "miljoen", "million", "mn"}) || key.contains(QLatin1String("x 1000000")))
        factor = 1e6;
    else if (hasWord({"duizend", "thousand", "thousands"}) || key.contains(QLatin1String("x 1000")))
        factor = 1e3;
    unitFactor = factor;
    unitNote = text.trimmed();
    currency = dollar && !euro ? QStringLiteral("USD") : QStringLiteral("EUR");
    return true;
}

int ColumnMapping::yearInText(const QString &text)
{
    // Four digits standing alone, within the years an import accepts (tradeperiod.h).
    static const QRegularExpression digits(QStringLiteral("(?<!\\d)(\\d{4})(?!\\d)"));
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const int year = it.next().captured(1).toInt();
        if (isTradeYear(year))
            return year;
    }
    return 0;
}

QString ColumnMapping::roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Product:
        return ImportText::tr("goederencode");
    case ColumnRole::Description:
        return ImportText::tr("omschrijving");
    case ColumnRole::Partner:
        return ImportText::tr("land");
    case ColumnRole::Reporter:
        return ImportText::tr("rapporterend land");
    case ColumnRole::Year:
        return ImportText::tr("jaar");
    case ColumnRole::ImportValue:
        return ImportText::tr("invoerwaarde");
    case ColumnRole::ExportValue:
        return ImportText::tr("uitvoerwaarde");
    case ColumnRole::Industry:
        return ImportText::tr("bedrijfstak");
    case ColumnRole::WorldHhi:
        return ImportText::tr("Herfindahl-index wereldmarkt");
    }
    return {};
}

QString ColumnMapping::tableName(TableKind kind)
{
    switch (kind) {
    case TableKind::ImportsByPartner:
        return ImportText::tr("invoer per product en land");
    case TableKind::ExportsByProduct:
        return ImportText::tr("uitvoer per product");
    case TableKind::ProductIndustry:
        return ImportText::tr("product naar bedrijfstak");
    case TableKind::WorldHhi:
        return ImportText::tr("Herfindahl-index wereldmarkt per product");
    case TableKind::Unknown:
        break;
    }
    return ImportText::tr("onbekende tabel");
}

} // namespace herkomst
