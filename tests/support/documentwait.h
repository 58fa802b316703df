#pragma once

#include "document/analysisdocument.h"

#include <QTest>

// Statistics load on a worker thread: wait for them as the window would, with the event loop running.
inline bool waitUntilLoaded(const herkomst::ui::AnalysisDocument &document, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return !document.isLoading(); }, timeoutMs);
}
