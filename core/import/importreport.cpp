#include "import/importreport.h"

#include "import/importsupport.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace herkomst {

namespace {

using importsupport::tr;

QString kindName(ImportIssue::Kind kind)
{
    switch (kind) {
    case ImportIssue::Kind::Rejected:
        return tr("afgewezen");
    case ImportIssue::Kind::Skipped:
        return tr("overgeslagen");
    case ImportIssue::Kind::Unmatched:
        return tr("land onbekend");
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

void ImportReport::fail(const io::SourceError &where)
{
    outcome = Outcome::Failed;
    error = where;
}

bool ImportReport::writeIssuesCsv(const QString &path, QString *errorText) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorText)
            *errorText = tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
        return false;
    }
    QString text = QStringLiteral("\uFEFF") + tr("bestand;regel;kolom;soort;melding") + QLatin1Char('\n');
    for (const ImportIssue &issue : issues) {
        text += csvField(QFileInfo(issue.where.file).fileName()) + QLatin1Char(';') +
                (issue.where.row > 0 ? QString::number(issue.where.row) : QString()) + QLatin1Char(';') +
                (issue.where.column > 0 ? QString::number(issue.where.column) : QString()) + QLatin1Char(';') +
                kindName(issue.kind) + QLatin1Char(';') + csvField(issue.where.message) + QLatin1Char('\n');
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (errorText)
            *errorText = tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList ImportReport::summaryLines() const
{
    QStringList lines;
    switch (outcome) {
    case Outcome::Stored:
        lines << tr("Gegevensset \"%1\" opgeslagen.").arg(dataSetName);
        break;
    case Outcome::Cancelled:
        lines << tr("Import afgebroken; er is niets opgeslagen.");
        break;
    case Outcome::DuplicateFile:
    case Outcome::Failed:
        lines << error.toString() << tr("Er is niets opgeslagen; de database is ongewijzigd.");
        break;
    }
    lines << tr("Regels gelezen: %1; opgeslagen: %2; afgewezen: %3; overgeslagen: %4.")
                 .arg(NumberFormat::count(rowsRead), NumberFormat::count(rowsStored), NumberFormat::count(rowsRejected),
                      NumberFormat::count(rowsSkipped));
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        lines << tr("Land niet herkend: \"%1\" (%2 regels)").arg(it.key(), NumberFormat::count(it.value()));
    lines += notes;
    return lines;
}

} // namespace herkomst
