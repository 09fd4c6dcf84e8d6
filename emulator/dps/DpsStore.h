#pragma once

#include "dps/AllocationMode.h"
#include "dps/DeviceKeyDeriver.h"
#include "dps/DpsOutcome.h"
#include "dps/LinkedHub.h"

#include "WireEnums.h"
#include "BulkEnrollmentOperationResult.h"
#include "DeviceRegistrationState.h"
#include "EnrollmentGroup.h"
#include "IndividualEnrollment.h"
#include "RegistrationOperationStatus.h"

#include <QDataStream>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace StampDeck::Emulator {

class ProvisioningTarget;

// Which enrollment a device registers through: what DpsStore::authenticateDevice found.
struct EnrollmentRef
{
    bool individual = false; // an individual enrollment with the device's registration ID
    int groupSlot = -1;      // else the enrollment group (slot in the store)
};

// The state of ONE DPS instance: individual enrollments, enrollment groups and device
// registration states, plus the hubs linked to it. Holds no HTTP: DpsService (service API) and
// DpsDeviceEndpoint (device API) translate requests into these calls, DemoPopulation seeds it.
//
// Memory: registration states are compact records (about 56 bytes plus the ID string and one hash
// entry), because the demo keeps up to a million of them; derived device keys are recomputed, not
// stored. Enrollments and groups keep their full wire records (they are few).
//
// Ordering: records live in slots in creation order; deleted records leave a tombstone, so a
// query's continuation cursor (a slot number) stays valid while records come and go.
//
// Etags: one counter per instance, bumped by every write; the etag text has the shape Azure's
// has (base64 of a quoted GUID-like string). If-Match values come in normalized (EtagMatch).
class DpsStore
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    DpsStore(const QString &name, const QString &idScope, const QString &region, QList<LinkedHub> hubs);

    QString name() const { return m_name; }
    QString idScope() const { return m_idScope; }
    QString region() const { return m_region; }
    // "localhost:40123": the resource service SAS tokens name. Set once the endpoint listens.
    QString hostName() const { return m_hostName; }
    void setHostName(const QString &hostName) { m_hostName = hostName; }
    void setClock(Clock clock);

    int linkedHubCount() const { return int(m_hubs.size()); }
    ProvisioningTarget *linkedHub(int index) const;
    QString linkedHubRegion(int index) const;
    QString linkedHubHostName(int index) const;
    int linkedHubIndex(const QString &hostName) const; // -1 when not linked

    // --- individual enrollments (PUT/GET/DELETE /enrollments/{id}, query, bulk) ---
    // Creates (no If-Match, or "*") or replaces (If-Match matching the etag, or "*"). Without
    // If-Match an existing enrollment is a 409 conflict; a stale etag is a 412. Empty symmetric
    // keys are generated on create and kept on replace.
    DpsOutcome<Azure::IndividualEnrollment> putEnrollment(const Azure::IndividualEnrollment &enrollment,
                                                          const QString &ifMatch);
    // With its registrationState when the device has registered.
    DpsOutcome<Azure::IndividualEnrollment> enrollment(const QString &registrationId) const;
    // Deletes the enrollment and the device's registration state.
    Azure::AzureError deleteEnrollment(const QString &registrationId, const QString &ifMatch);
    // Up to maxItems enrollments from slot *cursor on; *cursor becomes the next slot, or -1 at the end.
    QList<Azure::IndividualEnrollment> enrollmentPage(qsizetype *cursor, int maxItems) const;
    qsizetype enrollmentCount() const { return m_enrollmentIndex.size(); }

    // --- enrollment groups (PUT/GET/DELETE /enrollmentGroups/{id}, query, bulk) ---
    DpsOutcome<Azure::EnrollmentGroup> putEnrollmentGroup(const Azure::EnrollmentGroup &group,
                                                          const QString &ifMatch);
    DpsOutcome<Azure::EnrollmentGroup> enrollmentGroup(const QString &groupId) const;
    // The group's devices keep their registration states (Azure keeps them too).
    Azure::AzureError deleteEnrollmentGroup(const QString &groupId, const QString &ifMatch);
    QList<Azure::EnrollmentGroup> enrollmentGroupPage(qsizetype *cursor, int maxItems) const;
    qsizetype enrollmentGroupCount() const { return m_groupIndex.size(); }

    // One item of POST /enrollments or /enrollmentGroups. A delete needs only the ID (and
    // honours the etag when one is given); the other modes carry the whole record.
    struct BulkItem
    {
        QString id;
        QString etag; // normalized; empty when the item has none
        std::optional<Azure::IndividualEnrollment> enrollment;
        std::optional<Azure::EnrollmentGroup> group;
    };
    // At most 10 items with distinct IDs (else 400 and nothing changes); each item is applied on
    // its own and a failing one is listed in errors (isSuccessful false) without stopping the rest.
    DpsOutcome<Azure::BulkEnrollmentOperationResult> runBulkOperation(Azure::BulkEnrollmentMode mode, bool groups,
                                                                      const QList<BulkItem> &items);

    // --- registration states (GET/DELETE /registrations/{id}, POST /registrations/{group}/query) ---
    DpsOutcome<Azure::DeviceRegistrationState> registrationState(const QString &registrationId) const;
    Azure::AzureError deleteRegistrationState(const QString &registrationId, const QString &ifMatch);
    // The registration states of one group's devices, paged like enrollmentPage.
    DpsOutcome<QList<Azure::DeviceRegistrationState>> registrationPage(const QString &groupId, qsizetype *cursor,
                                                                       int maxItems) const;
    qsizetype registrationCount() const { return m_registrationIndex.size(); }
    void reserveRegistrations(qsizetype count);

    // --- device API ---
    // Checks a device's SAS (sr {idScope}/registrations/{id}, encoded or not; skn "registration"
    // or none; signature with the individual enrollment's key, or a group's derived key, primary
    // or secondary; expiry) and finds its enrollment. 401 when nothing matches.
    DpsOutcome<EnrollmentRef> authenticateDevice(const QString &registrationId, const QString &authorizationHeader,
                                                 qint64 nowSeconds = 0) const;
    // The enrollment group as a registration target, for seeding without SAS tokens.
    std::optional<EnrollmentRef> groupRef(const QString &groupId) const;

    // Registers the device: allocation, re-provisioning policy, identity on the assigned hub
    // (ProvisioningTarget::assignDevice), registration state. Completes at once in the normal
    // allocation mode; the result is the operation (status assigned, disabled or failed; assigning
    // while the mode holds). twinOverride replaces the enrollment's initial twin for a new
    // identity (the demo gives devices reported properties); a held registration ignores it.
    DpsOutcome<Azure::RegistrationOperationStatus> registerDevice(const QString &registrationId,
                                                                  const EnrollmentRef &ref,
                                                                  const QJsonObject *twinOverride = nullptr);
    // The same registration without building the answer: the demo seeds a million devices
    // through it. Returns the error a registerDevice() answer would carry (none when the device
    // was assigned, disabled or failed).
    // *hubIndex: the linked hub the device is on afterwards (-1 when none).
    Azure::AzureError registerWithoutResult(const QString &registrationId, const EnrollmentRef &ref,
                                            const QJsonObject *twinOverride = nullptr, int *hubIndex = nullptr);
    // GET .../operations/{operationId}: 404 for an operation this device never started. Not
    // const: a registration still assigning although the mode no longer holds (one restored from
    // the state file) is allocated now, as DPS would have done meanwhile.
    DpsOutcome<Azure::RegistrationOperationStatus> operationStatus(const QString &registrationId,
                                                                   const QString &operationId);
    // POST /{idScope}/registrations/{id}: the device API's flat DeviceRegistrationResult (settles
    // like operationStatus).
    DpsOutcome<Azure::DeviceRegistrationResult> deviceRegistrationResult(const QString &registrationId);

    // --- allocation mode (admin API /allocation; DpsStoreAllocation.cpp) ---
    AllocationMode allocationMode() const { return m_allocationMode; }
    // Leaving "hold" settles every held registration under the new mode (assigned, or failed);
    // returns how many were settled.
    int setAllocationMode(const AllocationMode &mode);
    // Registrations in status assigning (held now, or restored held from the state file).
    qsizetype heldCount() const { return m_held.size(); }
    // Called when registrations change outside a device request's write (a release settles
    // them), so the fleet saves its state file.
    void setChangeListener(std::function<void()> listener) { m_changeListener = std::move(listener); }

    // --- persistence (the fleet's state file) ---
    void save(QDataStream &out) const;
    // Replaces the whole state; on failure the store is left empty and *error says why.
    bool load(QDataStream &in, QString *error = nullptr);

    static constexpr int MaxPageSize = 1000;

private:
    struct HubSelection
    {
        QList<qint16> hubs;   // linked hub indices from iotHubs; empty: every linked hub
        qint16 staticHub = -1; // from iotHubHostName
    };
    struct EnrollmentSlot
    {
        QString registrationId;
        std::optional<Azure::IndividualEnrollment> record; // nullopt: deleted (tombstone)
        HubSelection hubs;
        quint32 etag = 0;
    };
    struct GroupSlot
    {
        QString groupId;
        std::optional<Azure::EnrollmentGroup> record;
        HubSelection hubs;
        quint32 etag = 0;
        DeviceKeyDeriver primary;
        DeviceKeyDeriver secondary;
        QJsonObject initialTwin; // shared by every device of the group
    };
    // One device registration state, compact: the demo keeps up to a million.
    struct Registration
    {
        QString registrationId;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        quint32 etag = 0;
        qint16 hub = -1;   // linked hub index
        qint16 group = -1; // group slot; -1: individual enrollment
        quint8 status = 0; // Azure::RegistrationStatus
        quint8 substatus = 0; // Azure::RegistrationSubstatus
        bool live = false;
    };
    // The rare fields, kept aside so the common record stays small.
    struct RegistrationExtra
    {
        QString deviceId; // when it differs from the registration ID
        int errorCode = 0;
        QString errorMessage;
    };

    // DpsStore.cpp
    qint64 now() const;
    quint32 nextEtag() { return ++m_etagCounter; }
    QString etagText(quint32 etag) const;
    QString operationIdFor(quint32 slot, quint32 etag) const;
    static QString key(const QString &id); // case-insensitive lookup key
    template<typename Record>
    Azure::AzureError validateCommon(Record &record, const Record *existing, HubSelection *hubs) const;
    Azure::AzureError validateAttestation(Azure::AttestationMechanism &attestation,
                                          const Azure::AttestationMechanism *existing, bool group) const;
    template<typename Record>
    void writeHubs(Record &record, const HubSelection &hubs) const;
    void refreshGroupCache(GroupSlot &slot) const;

    // What an enrollment says about a device registering through it.
    struct EnrollmentTerms
    {
        bool enabled = true;
        Azure::ReprovisionPolicy reprovision;
        std::optional<Azure::AllocationPolicy> policy;
        const HubSelection *hubs = nullptr;
        QString deviceId;
        QByteArray primaryKey;
        QByteArray secondaryKey;
        QJsonObject initialTwin;
    };

    // DpsStoreRegistrations.cpp
    Azure::AzureError termsOf(const QString &registrationId, const EnrollmentRef &ref, EnrollmentTerms *terms) const;
    Azure::AzureError registerInternal(const QString &registrationId, const EnrollmentRef &ref,
                                       const QJsonObject *twinOverride, quint32 *slotOut);
    QString deviceIdOf(quint32 slot) const;
    Azure::DeviceRegistrationState stateOf(quint32 slot, bool deviceApi) const;
    QList<int> candidateHubs(const HubSelection &hubs) const;
    int allocate(const QString &registrationId, std::optional<Azure::AllocationPolicy> policy,
                 const HubSelection &hubs, QString *error) const;
    void eraseRegistration(const QString &registrationId);

    // DpsStoreAllocation.cpp
    // Allocates the registration in slot (fail mode, allocation policy, re-provisioning, identity
    // on the hub) and records the outcome; previousDeviceId: its identity's ID before.
    void assign(quint32 slot, const EnrollmentTerms &terms, const QString &previousDeviceId);
    // Records a final or held status with the rare fields; drops the slot from the held set
    // unless the status is assigning.
    void conclude(quint32 slot, Azure::RegistrationStatus status, const QString &deviceId, int errorCode = 0,
                  const QString &errorMessage = {});
    // Finishes a held registration under the current mode (its enrollment is read again).
    void settle(quint32 slot);
    // settle() when slot is assigning and the mode does not hold; tells the listener.
    void settleIfReleased(quint32 slot);

    // DpsStorePersistence.cpp
    void clear();

    QString m_name;
    QString m_idScope;
    QString m_region;
    QString m_hostName;
    QList<LinkedHub> m_hubs;
    Clock m_clock;
    quint32 m_etagCounter = 0;
    QString m_etagSalt; // 12 hex digits from the ID scope: etags differ between instances

    std::vector<EnrollmentSlot> m_enrollments;
    QHash<QString, int> m_enrollmentIndex; // key(id) -> slot (live only)
    std::vector<GroupSlot> m_groups;
    QHash<QString, int> m_groupIndex;      // key(id) -> slot (live only)
    QHash<QString, int> m_groupSlotById;   // key(id) -> slot, deleted groups too (registrations refer to it)
    std::vector<Registration> m_registrations;
    QHash<QString, quint32> m_registrationIndex; // key(id) -> slot (live only)
    QHash<quint32, RegistrationExtra> m_registrationExtras;
    AllocationMode m_allocationMode;
    QSet<quint32> m_held; // slots in status assigning
    std::function<void()> m_changeListener;
};

} // namespace StampDeck::Emulator
