#include "import/datasetcounts.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "store/datasetinfo.h"

#include <QLocale>

namespace herkomst::ui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString cells(const QStringList &values, const QString &cell)
{
    QString html;
    for (const QString &value : values)
        html += cell.arg(value);
    return html;
}

// One count of the data set's files, added up.
qint64 sumOverFiles(const DataSetInfo &info, qint64 DataSetFile::*count)
{
    qint64 total = 0;
    for (const DataSetFile &file : info.files)
        total += file.*count;
    return total;
}

} // namespace

qint64 DataSetCounts::rowsRead(const DataSetInfo &info)
{
    return sumOverFiles(info, &DataSetFile::rowsRead);
}

qint64 DataSetCounts::rowsUsed(const DataSetInfo &info)
{
    return sumOverFiles(info, &DataSetFile::rowsStored);
}

qint64 DataSetCounts::rowsRejected(const DataSetInfo &info)
{
    return sumOverFiles(info, &DataSetFile::rowsRejected);
}

qint64 DataSetCounts::rowsStored(const DataSetInfo &info)
{
    qint64 total = 0;
    for (const DataSetSlice &slice : info.slices)
        total += slice.importRows + slice.exportRows + slice.worldExportRows + slice.worldHhiRows;
    return total;
}

QString DataSetCounts::storedLine(const DataSetInfo &info)
{
    return tr("Opgeslagen in de gegevensset: %1 rijen (na samenvoegen per product, land en jaar)")
        .arg(NumberFormat::count(rowsStored(info)));
}

QString DataSetCounts::filesTable(const DataSetInfo &info)
{
    const QString header = QStringLiteral("<th align='%1'>%2</th>");
    QString html =
        QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>") +
        header.arg(QStringLiteral("left"), tr("Bestand")) + header.arg(QStringLiteral("right"), tr("Grootte")) +
        header.arg(QStringLiteral("right"), tr("Gelezen")) + header.arg(QStringLiteral("right"), tr("Gebruikt")) +
        header.arg(QStringLiteral("right"), tr("Afgewezen")) + header.arg(QStringLiteral("left"), tr("SHA-256")) +
        QStringLiteral("</tr>");
    for (const DataSetFile &file : info.files) {
        html += QStringLiteral("<tr><td>%1</td>").arg(file.fileName.toHtmlEscaped()) +
                cells({sizeText(file.size), NumberFormat::count(file.rowsRead), NumberFormat::count(file.rowsStored),
                       NumberFormat::count(file.rowsRejected)},
                      QStringLiteral("<td align='right'>%1</td>")) +
                QStringLiteral("<td><tt>%1</tt></td></tr>").arg(file.sha256);
    }
    return html + QStringLiteral("</table>");
}

QString DataSetCounts::slicesTable(const DataSetInfo &info)
{
    const QString language =
        NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl");
    const QString header = QStringLiteral("<th align='%1'>%2</th>");
    QString html =
        QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>") + header.arg(QStringLiteral("left"), tr("Land")) +
        header.arg(QStringLiteral("right"), tr("Jaar")) + header.arg(QStringLiteral("right"), tr("Invoer")) +
        header.arg(QStringLiteral("right"), tr("Uitvoer")) + header.arg(QStringLiteral("right"), tr("Wereldexport")) +
        header.arg(QStringLiteral("right"), tr("HHI wereld")) + QStringLiteral("</tr>");
    for (const DataSetSlice &slice : info.slices) {
        const QString reporter = slice.reporter.isEmpty()
                                     ? tr("wereld")
                                     : QStringLiteral("%1 (%2)").arg(
                                           CountryRegistry::instance().name(slice.reporter, language), slice.reporter);
        html += QStringLiteral("<tr><td>%1</td>").arg(reporter.toHtmlEscaped()) +
                cells({QString::number(slice.year), NumberFormat::count(slice.importRows),
                       NumberFormat::count(slice.exportRows), NumberFormat::count(slice.worldExportRows),
                       NumberFormat::count(slice.worldHhiRows)},
                      QStringLiteral("<td align='right'>%1</td>")) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace herkomst::ui
