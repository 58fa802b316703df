#include "domain/hsrevision.h"

#include <array>

namespace herkomst {

namespace {

constexpr std::array<HsRevision, 7> kRevisions = {HsRevision::HS1992, HsRevision::HS1996, HsRevision::HS2002,
                                                  HsRevision::HS2007, HsRevision::HS2012, HsRevision::HS2017,
                                                  HsRevision::HS2022};

} // namespace

HsRevision hsRevisionOfYear(int year)
{
    // The HS came into force in 1988; its first revision that data sources name is HS1992 ("H0").
    if (year < 1988)
        return HsRevision::Unknown;
    HsRevision inForce = HsRevision::HS1992;
    for (const HsRevision revision : kRevisions) {
        if (year >= int(revision))
            inForce = revision;
    }
    return inForce;
}

QString hsRevisionName(HsRevision revision)
{
    return revision == HsRevision::Unknown ? QString() : QStringLiteral("HS%1").arg(int(revision));
}

HsRevision parseHsRevision(const QString &text)
{
    if (!text.startsWith(QLatin1String("HS"), Qt::CaseInsensitive))
        return HsRevision::Unknown;
    bool ok = false;
    int year = text.mid(2).toInt(&ok);
    if (!ok || (text.size() != 4 && text.size() != 6))
        return HsRevision::Unknown;
    if (text.size() == 4) // HS92 .. HS22
        year += year >= 88 ? 1900 : 2000;
    return hsRevisionFromNumber(year);
}

HsRevision hsRevisionFromNumber(int number)
{
    for (const HsRevision revision : kRevisions) {
        if (int(revision) == number)
            return revision;
    }
    return HsRevision::Unknown;
}

} // namespace herkomst
