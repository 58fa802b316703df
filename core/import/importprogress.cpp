#include "import/importprogress.h"

#include <algorithm>

namespace herkomst {

void ImportProgress::report(double fraction, const QString &message)
{
    mFraction = std::clamp(fraction, 0.0, 1.0);
    if (!message.isEmpty())
        mMessage = message;
    if (mCallback)
        mCallback(mFraction, mMessage);
}

} // namespace herkomst
