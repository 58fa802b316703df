#pragma once

#include <QString>
#include <initializer_list>
#include <vector>

// A sorted list of HS codes as the concordance and the comparison give them.
inline std::vector<QString> hsCodes(std::initializer_list<const char *> codes)
{
    std::vector<QString> result;
    for (const char *code : codes)
        result.push_back(QString::fromLatin1(code));
    return result;
}
