#include "countries/eucomposition.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPair>
#include <algorithm>

namespace herkomst {

namespace {

struct Membership {
    int firstYear = 0;
    int lastYear = 9999;
};

const QHash<QString, Membership> &memberships()
{
    static const QHash<QString, Membership> table = [] {
        QHash<QString, Membership> result;
        QFile file(QStringLiteral(":/herkomst/countries/eu-membership.csv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("EU membership table missing from the resources");
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(',');
            if (fields.size() < 2)
                continue;
            Membership m;
            m.firstYear = fields[1].toInt();
            if (fields.size() > 2 && !fields[2].isEmpty())
                m.lastYear = fields[2].toInt();
            result.insert(QString::fromLatin1(fields[0]), m);
        }
        return result;
    }();
    return table;
}

} // namespace

bool isEuMember(EuComposition composition, const QString &iso3, int year)
{
    const auto it = memberships().constFind(iso3);
    if (it == memberships().constEnd())
        return false;
    switch (composition) {
    case EuComposition::Eu27_2020:
        return it->lastYear >= 2020;
    case EuComposition::Eu28:
        return true;
    case EuComposition::MembershipInYear:
        return year >= it->firstYear && year <= it->lastYear;
    }
    return false;
}

std::vector<EuMembership> euMemberships()
{
    std::vector<EuMembership> result;
    for (auto it = memberships().cbegin(); it != memberships().cend(); ++it)
        result.push_back({it.key(), it->firstYear, it->lastYear});
    std::sort(result.begin(), result.end(),
              [](const EuMembership &a, const EuMembership &b) { return a.iso3 < b.iso3; });
    return result;
}

QString euCompositionKey(EuComposition composition)
{
    switch (composition) {
    case EuComposition::Eu27_2020:
        return QStringLiteral("eu27_2020");
    case EuComposition::Eu28:
        return QStringLiteral("eu28");
    case EuComposition::MembershipInYear:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<EuComposition> euCompositionFromKey(const QString &key)
{
    for (EuComposition c : {EuComposition::Eu27_2020, EuComposition::Eu28, EuComposition::MembershipInYear}) {
        if (key.compare(euCompositionKey(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString euCompositionName(EuComposition composition)
{
    switch (composition) {
    case EuComposition::Eu27_2020:
        return QCoreApplication::translate("EuComposition", "EU27 (samenstelling 2020)");
    case EuComposition::Eu28:
        return QCoreApplication::translate("EuComposition", "EU28 (met Verenigd Koninkrijk)");
    case EuComposition::MembershipInYear:
        return QCoreApplication::translate("EuComposition", "Lidstaten in het gekozen jaar");
    }
    return {};
}

std::optional<EuComposition> euReporterComposition(const QString &reporter)
{
    for (EuComposition c : {EuComposition::Eu27_2020, EuComposition::Eu28}) {
        if (reporter.compare(euReporterCode(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString euReporterCode(EuComposition composition)
{
    switch (composition) {
    case EuComposition::Eu27_2020:
        return QStringLiteral("EU27");
    case EuComposition::Eu28:
        return QStringLiteral("EU28");
    case EuComposition::MembershipInYear:
        break;
    }
    return {};
}

} // namespace herkomst
