#include "demo/letterreference.h"

namespace herkomst {

const std::vector<LetterTableRow> &letterTable1()
{
    static const std::vector<LetterTableRow> rows = {
        {QStringLiteral("goederen"), 1, QStringLiteral("DEU"), QStringLiteral("Duitsland"), 78521.0},
        {QStringLiteral("goederen"), 2, QStringLiteral("BEL"), QStringLiteral("België"), 45344.0},
        {QStringLiteral("goederen"), 3, QStringLiteral("CHN"), QStringLiteral("China"), 43026.0},
        {QStringLiteral("goederen"), 4, QStringLiteral("USA"), QStringLiteral("Verenigde Staten"), 37286.0},
        {QStringLiteral("goederen"), 5, QStringLiteral("GBR"), QStringLiteral("Verenigd Koninkrijk"), 24671.0},
    };
    return rows;
}

PublishedFunnel publishedFunnel2020()
{
    return {};
}

} // namespace herkomst
