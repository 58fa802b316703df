#include "import/servicesmapping.h"

#include "domain/numberformat.h"
#include "import/servicesimporter.h"
#include "import/servicestablereader.h"

#include <QFileInfo>
#include <algorithm>

namespace herkomst::ui {

namespace {

QString errorLine(const io::SourceError &error)
{
    return QStringLiteral("<span style='color:#a00'>%1</span>").arg(error.toString().toHtmlEscaped());
}

// "21 partners, jaren 2019, 2020" for values read.
QString contents(const std::vector<ServicesValue> &values)
{
    const ServicesTableReader::Contents contents = ServicesTableReader::contents(values);
    QStringList years;
    for (int year : contents.years)
        years << QString::number(year);
    return ServicesMapping::tr("%1 partners, jaren %2")
        .arg(NumberFormat::count(contents.partners), years.join(QStringLiteral(", ")));
}

} // namespace

ColumnMapping ServicesMapping::detect(const QString &path)
{
    if (std::optional<ColumnMapping> layout = ServicesImporter::detectLayout(path))
        return *layout;
    ColumnMapping none;
    none.unitFactor = 1e6;
    return none;
}

std::vector<ColumnRole> ServicesMapping::roles()
{
    return {ColumnRole::Partner, ColumnRole::Year, ColumnRole::ImportValue};
}

QString ServicesMapping::roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Partner:
        return tr("partner");
    case ColumnRole::Year:
        return tr("jaar");
    case ColumnRole::ImportValue:
        return tr("diensteninvoer");
    default:
        break;
    }
    return ColumnMapping::roleName(role);
}

QStringList ServicesMapping::unitChoices()
{
    return {QString(), tr("mln euro"), tr("euro"), tr("x 1 000 euro"), tr("x miljard euro")};
}

bool ServicesMapping::applyUnit(const QString &text, ColumnMapping &mapping)
{
    ColumnMapping unit;
    const bool understood =
        text.trimmed().isEmpty() || (unit.detectUnit(text) && unit.currency == QLatin1String("EUR"));
    mapping.unitFactor = understood && !text.trimmed().isEmpty() ? unit.unitFactor : 1e6;
    mapping.unitNote = understood ? unit.unitNote : QString();
    mapping.currency = QStringLiteral("EUR");
    return understood;
}

std::optional<std::vector<ServicesValue>> ServicesMapping::readPreview(const ImportWizard::FileMapping &file, int year,
                                                                       io::SourceError *error)
{
    std::vector<QStringList> rows;
    for (size_t i = 0; i < file.preview.rows.size(); ++i) {
        rows.resize(size_t(std::max<qint64>(qint64(rows.size()), file.preview.rowNumbers[i] - 1)));
        rows.push_back(file.preview.rows[i]);
    }
    return ServicesTableReader::parse(rows, QFileInfo(file.preview.file).fileName(), QStringLiteral("NLD"), error,
                                      file.mapping, year);
}

QString ServicesMapping::previewStatus(const ImportWizard::FileMapping &file, int year, const QString &unitText)
{
    const ColumnMapping &mapping = file.mapping;
    QStringList lines;
    if (!file.preview.ok())
        return tr("<span style='color:#a00'><b>Kan het bestand niet lezen:</b> %1</span>")
            .arg(file.preview.error.toString().toHtmlEscaped());
    if (mapping.headerRow == 0) {
        lines << tr("<b>Geen kopregel herkend.</b> Kies de kopregel en welke kolom de partner, het jaar en de "
                    "diensteninvoer bevat; staat elk jaar in een eigen kolom, kies dan alleen de partner.");
    } else if (!mapping.has(ColumnRole::Partner)) {
        lines << tr("<span style='color:#a00'><b>Nog geen kolom voor de partner.</b></span> Kies welke kolom de "
                    "landen of groepen noemt.");
    } else {
        const QString layout = !mapping.has(ColumnRole::ImportValue) ? tr("een kolom per jaar")
                               : mapping.has(ColumnRole::Year)       ? tr("een regel per partner en jaar")
                                                                     : tr("één waardekolom voor één jaar");
        lines << tr("Kop op regel %1; gelezen als <b>diensteninvoer per partner</b>, %2.")
                     .arg(mapping.headerRow)
                     .arg(layout);
        io::SourceError error;
        const auto values = readPreview(file, year, &error);
        lines << (values ? tr("In het voorbeeld: %1.").arg(contents(*values)) : errorLine(error));
    }
    if (!mapping.unitNote.isEmpty())
        lines << tr("Eenheid: %1; opgeslagen in mln euro.").arg(mapping.unitNote.toHtmlEscaped());
    else if (!unitText.trimmed().isEmpty())
        lines << tr("<span style='color:#a00'>Eenheid “%1” niet herkend; kies mln euro, euro of x 1 000 "
                    "euro.</span>")
                     .arg(unitText.toHtmlEscaped());
    else
        lines << tr("Eenheid niet vermeld: gelezen als mln euro.");
    // A table with years (a year column, or a column per year) keeps the chosen one only.
    if (year > 0 && (mapping.has(ColumnRole::Year) || !mapping.has(ColumnRole::ImportValue)))
        lines << tr("Alleen het jaar %1 wordt ingelezen.").arg(year);
    lines << tr("Partners worden opgeslagen zoals de tabel ze noemt; totalen (Totaal, Wereld) worden overgeslagen.");
    if (file.edited)
        lines << tr("Uw indeling vervangt de herkenning.");
    return lines.join(QLatin1String("<br>"));
}

QString ServicesMapping::confirmation(const QString &path, const std::optional<ColumnMapping> &mapping,
                                      const QString &reporter, int year)
{
    io::SourceError error;
    const std::optional<ServicesDataSet> set = ServicesTableReader::read(
        path, reporter.isEmpty() ? QStringLiteral("NLD") : reporter, QString(), &error, mapping, year);
    if (!set)
        return tr("<span style='color:#a00'><b>Zo kan het niet worden ingelezen:</b> %1</span> Ga terug en pas "
                  "de kolommen aan.")
            .arg(error.toString().toHtmlEscaped());
    return tr("Gevonden: %1 waarden van %2. Ze verschijnen in de weergave Diensten en goederen, naast de goederen "
              "van de getoonde gegevens.")
        .arg(NumberFormat::count(qint64(set->values.size())), contents(set->values));
}

} // namespace herkomst::ui
