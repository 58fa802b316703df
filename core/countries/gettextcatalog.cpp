#include "countries/gettextcatalog.h"

#include <QtEndian>

namespace herkomst {

bool GettextCatalog::load(const QByteArray &data)
{
    mTranslations.clear();
    if (data.size() < 28)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    const bool little = magic == 0x950412deU;
    if (!little && qFromBigEndian<quint32>(bytes) != 0x950412deU)
        return false;
    auto word = [&](qsizetype offset) -> quint32 {
        return little ? qFromLittleEndian<quint32>(bytes + offset) : qFromBigEndian<quint32>(bytes + offset);
    };
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    auto stringAt = [&](quint32 table, quint32 index, QString *out) {
        const qsizetype entry = qsizetype(table) + qsizetype(index) * 8;
        if (entry + 8 > data.size())
            return false;
        const quint32 length = word(entry);
        const quint32 offset = word(entry + 4);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            return false;
        *out = QString::fromUtf8(data.constData() + offset, qsizetype(length));
        return true;
    };
    for (quint32 i = 0; i < count; ++i) {
        QString source, target;
        if (!stringAt(originals, i, &source) || !stringAt(translations, i, &target))
            return false;
        if (!source.isEmpty() && !target.isEmpty())
            mTranslations.insert(source, target);
    }
    return true;
}

} // namespace herkomst
