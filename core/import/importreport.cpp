#include "import/importreport.h"

#include "import/importtext.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace herkomst {

namespace {

QString kindName(ImportIssue::Kind kind)
{
    switch (kind) {
    case ImportIssue::Kind::Rejected:
        return ImportText::tr("afgewezen");
    case ImportIssue::Kind::Skipped:
        return ImportText::tr("overgeslagen");
    case ImportIssue::Kind::Unmatched:
        return ImportText::tr("land onbekend");
    }
    return {};
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

void ImportReport::addIssue(ImportIssue::Kind kind, const io::SourceError &where)
{
    if (issues.size() < size_t(maxIssues))
        issues.push_back({kind, where});
}

void ImportReport::fail(const io::SourceError &where, Remedy why)
{
    outcome = Outcome::Failed;
    error = where;
    if (why != Remedy::None)
        remedy = why;
}

QByteArray ImportReport::issuesCsv() const
{
    QString text = QStringLiteral("\uFEFF") + ImportText::tr("bestand;regel;kolom;soort;melding") + QLatin1Char('\n');
    for (const ImportIssue &issue : issues) {
        text += csvField(QFileInfo(issue.where.file).fileName()) + QLatin1Char(';') +
                (issue.where.row > 0 ? QString::number(issue.where.row) : QString()) + QLatin1Char(';') +
                (issue.where.column > 0 ? QString::number(issue.where.column) : QString()) + QLatin1Char(';') +
                kindName(issue.kind) + QLatin1Char(';') + csvField(issue.where.message) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

bool ImportReport::writeIssuesCsv(const QString &path, QString *errorText) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(issuesCsv()) < 0 || !file.commit()) {
        if (errorText)
            *errorText = ImportText::tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList ImportReport::summaryLines() const
{
    QStringList lines;
    switch (outcome) {
    case Outcome::Stored:
        lines << ImportText::tr("Gegevensset \"%1\" opgeslagen.").arg(dataSetName);
        break;
    case Outcome::Cancelled:
        lines << ImportText::tr("Import afgebroken; er is niets opgeslagen.");
        break;
    case Outcome::DuplicateFile:
    case Outcome::Failed:
        lines << error.toString() << ImportText::tr("Er is niets opgeslagen; de database is ongewijzigd.");
        break;
    }
    lines << ImportText::tr("Regels gelezen: %1; afgewezen: %2; overgeslagen: %3.")
                 .arg(NumberFormat::count(rowsRead), NumberFormat::count(rowsRejected),
                      NumberFormat::count(rowsSkipped));
    if (outcome == Outcome::Stored)
        lines << ImportText::tr("Opgeslagen: %1 rijen in de gegevensset (na optellen).")
                     .arg(NumberFormat::count(rowsStored));
    for (const HiddenPartner &hidden : hiddenPartners)
        lines << ImportText::tr("Partner zonder land %1 (%2): %3 regels, samen %4 %5; telt mee in de totale invoer, "
                                "nooit als grootste leverancier.")
                     .arg(hidden.code, hidden.name.isEmpty() ? hidden.code : hidden.name,
                          NumberFormat::count(hidden.rows), NumberFormat::decimal(hidden.value, 0), currency);
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        lines << ImportText::tr("Land niet herkend: \"%1\" (%2 regels)").arg(it.key(), NumberFormat::count(it.value()));
    lines += notes;
    return lines;
}

} // namespace herkomst
