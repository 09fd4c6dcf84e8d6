#pragma once

#include <QFuture>
#include <QTest>

// Waits (processing events, never blocking the loop) for an asynchronous answer. Fails the test
// when none arrives in time or the future was cancelled without a result.
#define STAMPDECK_AWAIT(future, out)                                                      \
    do {                                                                                  \
        auto stampdeckFuture = (future);                                                  \
        QTRY_VERIFY_WITH_TIMEOUT(stampdeckFuture.isFinished(), 20000);                    \
        QVERIFY2(stampdeckFuture.resultCount() == 1, "the operation ended without result"); \
        out = stampdeckFuture.result();                                                   \
    } while (false)
