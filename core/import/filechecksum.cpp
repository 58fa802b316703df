#include "import/filechecksum.h"

#include "import/importtext.h"

#include <QCoreApplication>
#include <QFile>
#include <vector>

#ifdef HERKOMST_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace herkomst {

QString fileSha256(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ImportText::tr("Kan %1 niet lezen: %2").arg(path, file.errorString());
        return {};
    }
    std::vector<char> buffer(size_t(1) << 20);
#ifdef HERKOMST_HAVE_OPENSSL
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
#else
    QCryptographicHash hash(QCryptographicHash::Sha256);
#endif
    qint64 n = 0;
    while ((n = file.read(buffer.data(), qint64(buffer.size()))) > 0) {
#ifdef HERKOMST_HAVE_OPENSSL
        EVP_DigestUpdate(context, buffer.data(), size_t(n));
#else
        hash.addData(QByteArrayView(buffer.data(), n));
#endif
    }
#ifdef HERKOMST_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    EVP_MD_CTX_free(context);
    const QByteArray result(reinterpret_cast<const char *>(digest), int(length));
#else
    const QByteArray result = hash.result();
#endif
    if (n < 0) {
        if (error)
            *error = ImportText::tr("Kan %1 niet lezen: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(result.toHex());
}

} // namespace herkomst
