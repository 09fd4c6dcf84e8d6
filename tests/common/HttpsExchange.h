#pragma once

#include "HttpsAnswer.h"

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;

namespace StampDeck::Testing {

// One request/answer round trip for tests that talk HTTPS to the emulator (in process or the real
// binary): blocks (up to 30 s) until the reply has finished.
class HttpsExchange
{
public:
    // Sends method with body (a JSON Content-Type is added when body is not empty) and collects the
    // status, body, lower-cased headers and network error.
    static HttpsAnswer send(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &method,
                            const QByteArray &body);
};

} // namespace StampDeck::Testing
