<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CapacityPlanner</name>
    <message>
        <source>planned capacity</source>
        <translation>geplante Kapazität</translation>
    </message>
    <message>
        <source>hub&apos;s soft limit</source>
        <translation>weiches Limit des Hubs</translation>
    </message>
    <message>
        <source>daily message quota</source>
        <translation>tägliches Nachrichtenkontingent</translation>
    </message>
    <message>
        <source>At this growth rate no new stamp is due.</source>
        <translation>Bei dieser Wachstumsrate ist kein neuer Stamp fällig.</translation>
    </message>
    <message>
        <source>A new stamp is due now: this stamp is already at its %1.</source>
        <translation>Ein neuer Stamp ist jetzt fällig: Dieser Stamp hat die Grenze „%1“ bereits erreicht.</translation>
    </message>
    <message>
        <source>A new stamp is due now: the %1 is reached on %2, sooner than a new stamp can be stood up.</source>
        <translation>Ein neuer Stamp ist jetzt fällig: Die Grenze „%1“ wird am %2 erreicht, früher als ein neuer Stamp bereitgestellt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>A new stamp is due by %1: the %2 is reached on %3, in %Ln day(s).</source>
        <translation>
            <numerusform>Ein neuer Stamp ist bis %1 fällig: Die Grenze „%2“ wird am %3 erreicht, in %Ln Tag.</numerusform>
            <numerusform>Ein neuer Stamp ist bis %1 fällig: Die Grenze „%2“ wird am %3 erreicht, in %Ln Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message quota of tier &quot;%1&quot; is not known, so it is left out.</source>
        <translation>Das Nachrichtenkontingent des Tarifs „%1“ ist nicht bekannt und wird daher nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Daily message quota: %1 messages (free tier).</source>
        <translation>Tägliches Nachrichtenkontingent: %1 Nachrichten (Free-Tarif).</translation>
    </message>
    <message numerus="yes">
        <source>Daily message quota: %1 messages (%2, %n unit(s)).</source>
        <translation>
            <numerusform>Tägliches Nachrichtenkontingent: %1 Nachrichten (%2, %n Einheit).</numerusform>
            <numerusform>Tägliches Nachrichtenkontingent: %1 Nachrichten (%2, %n Einheiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today %1 messages a day from %2 devices; headroom %3 messages a day (%4% of the quota).</source>
        <translation>Heute %1 Nachrichten pro Tag von %2 Geräten; Reserve %3 Nachrichten pro Tag (%4 % des Kontingents).</translation>
    </message>
    <message>
        <source>Today %1 messages a day from %2 devices: %3 over the quota.</source>
        <translation>Heute %1 Nachrichten pro Tag von %2 Geräten: %3 über dem Kontingent.</translation>
    </message>
    <message>
        <source>The stamp can take %1 more devices; its %2 (%3 devices) is the limit that binds.</source>
        <translation>Der Stamp kann %1 weitere Geräte aufnehmen; maßgeblich ist die Grenze „%2“ (%3 Geräte).</translation>
    </message>
    <message>
        <source>The stamp is %1 devices past its %2 (%3 devices).</source>
        <translation>Der Stamp liegt %1 Geräte über der Grenze „%2“ (%3 Geräte).</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Exported from StampDeck</source>
        <translation>Aus StampDeck exportiert</translation>
    </message>
    <message>
        <source>Cannot draw the chart as PNG.</source>
        <translation>Das Diagramm lässt sich nicht als PNG zeichnen.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheckpoint</name>
    <message>
        <source>cannot open the checkpoint %1: %2</source>
        <translation>der Prüfpunkt %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>cannot use the checkpoint %1: %2</source>
        <translation>der Prüfpunkt %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>ConsistencyFacts</name>
    <message>
        <source>enabled in %1 hubs; its registration assigns it to %2</source>
        <translation>in %1 Hubs aktiviert; seine Registrierung ordnet es %2 zu</translation>
    </message>
    <message>
        <source>enabled in %1 hubs; no registration assigns it to any</source>
        <translation>in %1 Hubs aktiviert; keine Registrierung ordnet es einem davon zu</translation>
    </message>
    <message>
        <source>no DPS instance has a registration for this device</source>
        <translation>keine DPS-Instanz hat eine Registrierung für dieses Gerät</translation>
    </message>
    <message>
        <source>its registration does not assign it to this hub</source>
        <translation>seine Registrierung ordnet es nicht diesem Hub zu</translation>
    </message>
    <message>
        <source>the registration assigns it to this hub, which has no identity for it</source>
        <translation>die Registrierung ordnet es diesem Hub zu, der keine Identität dafür hat</translation>
    </message>
    <message>
        <source>assigning</source>
        <translation>assigning</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation>Registrierung %1</translation>
    </message>
    <message>
        <source>registration %1: %2</source>
        <translation>Registrierung %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the enrollment group names %n hub(s) not in the workspace</source>
        <translation>
            <numerusform>die Enrollment-Gruppe nennt %n Hub, der nicht im Arbeitsbereich ist</numerusform>
            <numerusform>die Enrollment-Gruppe nennt %n Hubs, die nicht im Arbeitsbereich sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the individual enrollment names %n hub(s) not in the workspace</source>
        <translation>
            <numerusform>das individuelle Enrollment nennt %n Hub, der nicht im Arbeitsbereich ist</numerusform>
            <numerusform>das individuelle Enrollment nennt %n Hubs, die nicht im Arbeitsbereich sind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsistencyFinding</name>
    <message>
        <source>Identity without registration</source>
        <translation>Identität ohne Registrierung</translation>
    </message>
    <message>
        <source>Registration without identity</source>
        <translation>Registrierung ohne Identität</translation>
    </message>
    <message>
        <source>Enabled in two hubs</source>
        <translation>In zwei Hubs aktiviert</translation>
    </message>
    <message>
        <source>Enrollment names unknown hub</source>
        <translation>Enrollment nennt unbekannten Hub</translation>
    </message>
    <message>
        <source>Stuck registration</source>
        <translation>Hängende Registrierung</translation>
    </message>
    <message>
        <source>group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>individual: %1</source>
        <translation>individuell: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a number from %3 to %4.</source>
        <translation>--%1: „%2“ ist keine Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>Operations console for IoT fleets scaled out with deployment stamps.</source>
        <translation>Betriebskonsole für IoT-Flotten, die mit Deployment-Stamps skaliert werden.</translation>
    </message>
    <message>
        <source>Start the bundled emulator with its demo fleet and open it.</source>
        <translation>Den mitgelieferten Emulator mit seiner Demo-Flotte starten und diese öffnen.</translation>
    </message>
    <message>
        <source>Number of devices in the demo fleet (default 200000).</source>
        <translation>Anzahl der Geräte in der Demo-Flotte (Standard: 200000).</translation>
    </message>
    <message>
        <source>Number of stamps in the demo fleet (4 to 50, default 8).</source>
        <translation>Anzahl der Stamps in der Demo-Flotte (4 bis 50, Standard: 8).</translation>
    </message>
    <message>
        <source>Path of stampdeck-emulator (default: next to this program).</source>
        <translation>Pfad zu stampdeck-emulator (Standard: neben diesem Programm).</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Measure start-up and GUI stalls during forced refreshes, write them to this JSON file and quit.</source>
        <translation>Start und GUI-Hänger bei erzwungenen Aktualisierungen messen, in diese JSON-Datei schreiben und beenden.</translation>
    </message>
    <message>
        <source>Forced refreshes of every stamp for --probe-report (default 10).</source>
        <translation>Erzwungene Aktualisierungen jedes Stamps für --probe-report (Standard: 10).</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the board is populated, then quit.</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern, sobald die Übersicht gefüllt ist, und dann beenden.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo und --workspace können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--%1 needs --demo.</source>
        <translation>--%1 erfordert --demo.</translation>
    </message>
    <message>
        <source>--probe-refreshes needs --probe-report.</source>
        <translation>--probe-refreshes erfordert --probe-report.</translation>
    </message>
    <message>
        <source>--page: &apos;%1&apos; is not a page (%2).</source>
        <translation>--page: „%1“ ist keine Seite (%2).</translation>
    </message>
    <message>
        <source>Open on this page: board, charts, distribution, planner, lookup, batch, browser or consistency (default board).</source>
        <translation>Auf dieser Seite öffnen: board, charts, distribution, planner, lookup, batch, browser oder consistency (Standard: board).</translation>
    </message>
    <message>
        <source>Look up this device ID or registration ID as soon as the fleet&apos;s keys are read (opens the Device lookup).</source>
        <translation>Diese Geräte-ID oder Registrierungs-ID nachschlagen, sobald die Schlüssel der Flotte gelesen sind (öffnet die Gerätesuche).</translation>
    </message>
    <message>
        <source>--find needs a device ID or a registration ID.</source>
        <translation>--find braucht eine Geräte-ID oder eine Registrierungs-ID.</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsText</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>Device ID: %1</source>
        <translation>Geräte-ID: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Letzte Aktivität: %1</translation>
    </message>
    <message>
        <source>Queued cloud-to-device messages: %1</source>
        <translation>Wartende Cloud-to-Device-Nachrichten: %1</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentifizierung: %1</translation>
    </message>
    <message>
        <source>IoT Edge device: %1</source>
        <translation>IoT-Edge-Gerät: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Device scope: %1</source>
        <translation>Gerätebereich: %1</translation>
    </message>
    <message>
        <source>Generation ID: %1</source>
        <translation>Generierungs-ID: %1</translation>
    </message>
    <message>
        <source>ETag: %1</source>
        <translation>ETag: %1</translation>
    </message>
    <message>
        <source>Model ID: %1</source>
        <translation>Modell-ID: %1</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Reported properties:</source>
        <translation>Gemeldete Eigenschaften:</translation>
    </message>
</context>
<context>
    <name>DeviceLookupAnswer</name>
    <message>
        <source>not found anywhere</source>
        <translation>nirgends gefunden</translation>
    </message>
    <message>
        <source>cache hit, confirmed by the hub</source>
        <translation>Cache-Treffer, vom Hub bestätigt</translation>
    </message>
    <message>
        <source>cache was stale, corrected</source>
        <translation>Cache war veraltet, korrigiert</translation>
    </message>
    <message>
        <source>searched every stamp</source>
        <translation>alle Stamps durchsucht</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuell</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>Not found anywhere.</source>
        <translation>Nirgends gefunden.</translation>
    </message>
    <message>
        <source>Hubs asked</source>
        <translation>Abgefragte Hubs</translation>
    </message>
    <message>
        <source>DPS instances asked</source>
        <translation>Abgefragte DPS-Instanzen</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>DPS instance</source>
        <translation>DPS-Instanz</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>The registration ID and the device ID differ.</source>
        <translation>Registrierungs-ID und Geräte-ID unterscheiden sich.</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>Registration substatus</source>
        <translation>Registrierungs-Unterstatus</translation>
    </message>
    <message>
        <source>The device is mid-enrollment (assigning): it has no hub yet.</source>
        <translation>Das Gerät wird gerade registriert (assigning): Es hat noch keinen Hub.</translation>
    </message>
    <message>
        <source>Registration updated</source>
        <translation>Registrierung aktualisiert</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Identitätsstatus</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Reported properties</source>
        <translation>Gemeldete Eigenschaften</translation>
    </message>
    <message>
        <source>No identity on the hub.</source>
        <translation>Keine Identität auf dem Hub.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ermittelt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1, one of %2</source>
        <translation>%1, eine von %2</translation>
    </message>
</context>
<context>
    <name>DeviceLookupCache</name>
    <message>
        <source>The lookup cache %1 cannot be opened: %2</source>
        <translation>Der Such-Cache %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The lookup cache %1 failed: %2</source>
        <translation>Der Such-Cache %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DeviceQueryFilter</name>
    <message>
        <source>The tag name &quot;%1&quot; can hold letters, digits and _, with dots between names (location.region).</source>
        <translation>Der Tag-Name „%1“ darf Buchstaben, Ziffern und _ enthalten, mit Punkten zwischen Namen (location.region).</translation>
    </message>
    <message>
        <source>The tag value cannot contain quotes or backslashes: the hub&apos;s query language has no safe way to search for them.</source>
        <translation>Der Tag-Wert darf keine Anführungszeichen oder Backslashes enthalten: Die Abfragesprache des Hubs kann nicht sicher danach suchen.</translation>
    </message>
    <message>
        <source>The device ID prefix cannot contain quotes or backslashes: the hub&apos;s query language has no safe way to search for them.</source>
        <translation>Das Geräte-ID-Präfix darf keine Anführungszeichen oder Backslashes enthalten: Die Abfragesprache des Hubs kann nicht sicher danach suchen.</translation>
    </message>
</context>
<context>
    <name>DeviceTableRow</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Shared access key</source>
        <translation>Shared Access Key</translation>
    </message>
    <message>
        <source>X.509 self-signed</source>
        <translation>X.509 selbstsigniert</translation>
    </message>
    <message>
        <source>X.509 CA-signed</source>
        <translation>X.509 CA-signiert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>DistributionDrift</name>
    <message>
        <source>Evenly weighted (hashed)</source>
        <translation>Gleichmäßig gewichtet (hashed)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Lowest latency (geo)</source>
        <translation>Geringste Latenz (geo)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) on a hub outside the group&apos;s hub list</source>
        <translation>
            <numerusform>%Ln Gerät auf einem Hub außerhalb der Hub-Liste der Gruppe</numerusform>
            <numerusform>%Ln Geräte auf einem Hub außerhalb der Hub-Liste der Gruppe</numerusform>
        </translation>
    </message>
    <message>
        <source>Static policy, but the group&apos;s devices are on %1 hubs</source>
        <translation>Statische Richtlinie, aber die Geräte der Gruppe liegen auf %1 Hubs</translation>
    </message>
    <message>
        <source>Static policy: this is the group&apos;s hub, but its devices are elsewhere</source>
        <translation>Statische Richtlinie: Dies ist der Hub der Gruppe, aber ihre Geräte liegen woanders</translation>
    </message>
    <message>
        <source>On the group&apos;s static hub</source>
        <translation>Auf dem statischen Hub der Gruppe</translation>
    </message>
    <message>
        <source>Too few to judge: %1 registrations, at least %2 needed</source>
        <translation>Zu wenige für eine Bewertung: %1 Registrierungen, mindestens %2 nötig</translation>
    </message>
    <message>
        <source>%1 points from an even split (tolerance %2)</source>
        <translation>%1 Punkte von einer gleichmäßigen Verteilung entfernt (Toleranz %2)</translation>
    </message>
    <message>
        <source>Within %1 points of an even split</source>
        <translation>Innerhalb von %1 Punkten einer gleichmäßigen Verteilung</translation>
    </message>
    <message>
        <source>Geo-latency: the intended split depends on where devices are</source>
        <translation>Geo-Latenz: Die vorgesehene Verteilung hängt vom Standort der Geräte ab</translation>
    </message>
    <message>
        <source>Custom allocation: a function decides the split</source>
        <translation>Benutzerdefinierte Zuordnung: Eine Funktion bestimmt die Verteilung</translation>
    </message>
    <message>
        <source>Too few registrations to judge the split (%1 of %2 needed); only hubs off the list are flagged.</source>
        <translation>Zu wenige Registrierungen, um die Verteilung zu bewerten (%1 von %2 nötig); nur Hubs außerhalb der Liste werden markiert.</translation>
    </message>
    <message>
        <source>Hashed: every hub on the list should hold an equal share, within %1 points.</source>
        <translation>Hashed: Jeder Hub auf der Liste sollte einen gleichen Anteil halten, auf %1 Punkte genau.</translation>
    </message>
    <message>
        <source>Static: every device belongs on the group&apos;s one hub.</source>
        <translation>Statisch: Jedes Gerät gehört auf den einen Hub der Gruppe.</translation>
    </message>
    <message>
        <source>Geo-latency: the intended split depends on where the devices are, so only hubs off the list are flagged.</source>
        <translation>Geo-Latenz: Die vorgesehene Verteilung hängt vom Standort der Geräte ab, daher werden nur Hubs außerhalb der Liste markiert.</translation>
    </message>
    <message>
        <source>Custom allocation: a function decides the split, so only hubs off the list are flagged.</source>
        <translation>Benutzerdefinierte Zuordnung: Eine Funktion bestimmt die Verteilung, daher werden nur Hubs außerhalb der Liste markiert.</translation>
    </message>
</context>
<context>
    <name>EmulatorEndpoints</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: caCertificate is missing</source>
        <translation>%1: caCertificate fehlt</translation>
    </message>
    <message>
        <source>%1: workspace is missing</source>
        <translation>%1: workspace fehlt</translation>
    </message>
    <message>
        <source>%1: no hubs listed</source>
        <translation>%1: keine Hubs aufgeführt</translation>
    </message>
    <message>
        <source>%1: hubs[%2] lacks hostName or connectionString</source>
        <translation>%1: hubs[%2] fehlt hostName oder connectionString</translation>
    </message>
    <message>
        <source>%1: dps[%2] lacks hostName or idScope</source>
        <translation>%1: dps[%2] fehlt hostName oder idScope</translation>
    </message>
</context>
<context>
    <name>EndpointCredential</name>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>DPS</source>
        <translation>DPS</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Memory (this run only)</source>
        <translation>Arbeitsspeicher (nur dieser Lauf)</translation>
    </message>
</context>
<context>
    <name>FleetCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>HealthPolicy</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Unreachable: %1. The figures are from %2 ago.</source>
        <translation>Nicht erreichbar: %1. Die Werte sind %2 alt.</translation>
    </message>
    <message>
        <source>Unreachable: %1. No figures yet.</source>
        <translation>Nicht erreichbar: %1. Noch keine Werte.</translation>
    </message>
    <message>
        <source>The figures are %1 old.</source>
        <translation>Die Werte sind %1 alt.</translation>
    </message>
    <message>
        <source>%1% of the planned capacity is used (%2 of %3 devices).</source>
        <translation>%1 % der geplanten Kapazität sind belegt (%2 von %3 Geräten).</translation>
    </message>
    <message>
        <source>%1% of the hub&apos;s soft limit of %2 devices is used.</source>
        <translation>%1 % des weichen Hub-Limits von %2 Geräten sind belegt.</translation>
    </message>
    <message>
        <source>%1% of the DPS limit of %2 registrations is used.</source>
        <translation>%1 % des DPS-Limits von %2 Registrierungen sind belegt.</translation>
    </message>
    <message>
        <source>%1% of the requests failed in the last %2 minutes.</source>
        <translation>%1 % der Anfragen sind in den letzten %2 Minuten fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Throttled %n time(s) in the last %1 minutes.</source>
        <translation>
            <numerusform>In den letzten %1 Minuten %n-mal gedrosselt.</numerusform>
            <numerusform>In den letzten %1 Minuten %n-mal gedrosselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::ActivityLog</name>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>Transport</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered after %n attempt(s)</source>
        <translation>
            <numerusform>%1 hat nach %n Versuch geantwortet</numerusform>
            <numerusform>%1 hat nach %n Versuchen geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation>%1: HTTP %2 in %3 ms</translation>
    </message>
    <message>
        <source>%1 throttled (HTTP 429), retrying in %2 s</source>
        <translation>%1 gedrosselt (HTTP 429), neuer Versuch in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 throttled (HTTP 429), gave up after %n attempt(s)</source>
        <translation>
            <numerusform>%1 gedrosselt (HTTP 429), nach %n Versuch aufgegeben</numerusform>
            <numerusform>%1 gedrosselt (HTTP 429), nach %n Versuchen aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed, retrying in %2 s (attempt %3): %4</source>
        <translation>%1 fehlgeschlagen, neuer Versuch in %2 s (Versuch %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 nach %n Versuch fehlgeschlagen: %2</numerusform>
            <numerusform>%1 nach %n Versuchen fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) answered by %1</source>
        <translation>
            <numerusform>%Ln Anfrage von %1 beantwortet</numerusform>
            <numerusform>%Ln Anfragen von %1 beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln Endpunkt</numerusform>
            <numerusform>%Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln with an expected error (not found, conflict)</source>
        <translation>
            <numerusform>, %Ln mit einem erwarteten Fehler (nicht gefunden, Konflikt)</numerusform>
            <numerusform>, %Ln mit einem erwarteten Fehler (nicht gefunden, Konflikt)</numerusform>
        </translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>StampDeck::BatchLookupModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>DPS instance</source>
        <translation>DPS-Instanz</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>How found</source>
        <translation>Wie gefunden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The lookup table could not be written to %1: %2</source>
        <translation>Die Suchtabelle konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
</context>
<context>
    <name>StampDeck::BatchLookupPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>Liste ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Look up all</source>
        <translation>Alle s&amp;uchen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Paste device or registration IDs here: one per line, or separated by commas, semicolons or blanks.</source>
        <translation>Fügen Sie hier Geräte- oder Registrierungs-IDs ein: eine pro Zeile oder durch Kommas, Semikolons oder Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the whole answer.</source>
        <translation>Doppelklicken oder Eingabetaste drücken für die vollständige Antwort.</translation>
    </message>
    <message>
        <source>%1 of %2 looked up…</source>
        <translation>%1 von %2 gesucht…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2.</source>
        <translation>Nach %1 von %2 gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) looked up.</source>
        <translation>
            <numerusform>%n ID gesucht.</numerusform>
            <numerusform>%n IDs gesucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No IDs found in the list.</source>
        <translation>Keine IDs in der Liste gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n ID(s)…</source>
        <translation>
            <numerusform>%n ID wird gesucht…</numerusform>
            <numerusform>%n IDs werden gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list of IDs</source>
        <translation>Liste von IDs öffnen</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>Listen (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Export the answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>StampDeck::CapacityChartView</name>
    <message>
        <source>Planned capacity</source>
        <translation>Geplante Kapazität</translation>
    </message>
    <message>
        <source>Hub&apos;s %1 device limit</source>
        <translation>Hub-Limit von %1 Geräten</translation>
    </message>
    <message>
        <source>DPS&apos;s %1 registration limit</source>
        <translation>DPS-Limit von %1 Registrierungen</translation>
    </message>
    <message>
        <source>Limit (100%)</source>
        <translation>Limit (100 %)</translation>
    </message>
    <message>
        <source>Capacity used per stamp, against its limits</source>
        <translation>Belegte Kapazität pro Stamp, gemessen an seinen Limits</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% belegt</translation>
    </message>
    <message>
        <source>Capacity used per stamp</source>
        <translation>Belegte Kapazität pro Stamp</translation>
    </message>
    <message>
        <source>Amber (%1%)</source>
        <translation>Gelb (%1 %)</translation>
    </message>
    <message>
        <source>Red (%1%)</source>
        <translation>Rot (%1 %)</translation>
    </message>
    <message>
        <source>%1: devices not known yet</source>
        <translation>%1: Geräte noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1: %2 devices, planned %3</source>
        <translation>%1: %2 Geräte, geplant %3</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
</context>
<context>
    <name>StampDeck::CapacityGauge</name>
    <message>
        <source>Capacity not known yet; planned for %1 devices</source>
        <translation>Kapazität noch nicht bekannt; geplant für %1 Geräte</translation>
    </message>
    <message>
        <source>%1 of %2 planned devices (%3%), %4% of the hub&apos;s %5 device limit</source>
        <translation>%1 von %2 geplanten Geräten (%3 %), %4 % des Hub-Limits von %5 Geräten</translation>
    </message>
    <message>
        <source>%1 devices, no planned capacity; %2% of the hub&apos;s %3 device limit</source>
        <translation>%1 Geräte, keine geplante Kapazität; %2 % des Hub-Limits von %3 Geräten</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Marks: amber at %1%, red at %2% of the plan; the plan; the hub limit (dashed).</source>
        <translation>Markierungen: Gelb bei %1 %, Rot bei %2 % des Plans; der Plan; das Hub-Limit (gestrichelt).</translation>
    </message>
</context>
<context>
    <name>StampDeck::CapacityPlannerPage</name>
    <message>
        <source>none planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>devices per day</source>
        <translation>Geräte pro Tag</translation>
    </message>
    <message>
        <source>% per month</source>
        <translation>% pro Monat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Projected devices</source>
        <translation>Prognostizierte Geräte</translation>
    </message>
    <message>
        <source>New stamp due</source>
        <translation>Neuer Stamp fällig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Stamp:</source>
        <translation>&amp;Stamp:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Devices now:</source>
        <translation>&amp;Geräte aktuell:</translation>
    </message>
    <message>
        <source>&amp;Planned capacity:</source>
        <translation>&amp;Geplante Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Messages per device per day:</source>
        <translation>&amp;Nachrichten pro Gerät und Tag:</translation>
    </message>
    <message>
        <source>&amp;Growth:</source>
        <translation>&amp;Wachstum:</translation>
    </message>
    <message>
        <source>&amp;Lead time for a new stamp:</source>
        <translation>&amp;Vorlaufzeit für einen neuen Stamp:</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>Limit: %1</translation>
    </message>
    <message>
        <source>New stamp due %1</source>
        <translation>Neuer Stamp fällig am %1</translation>
    </message>
</context>
<context>
    <name>StampDeck::ConsistencyFindingsModel</name>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>DPS</source>
        <translation>DPS</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>StampDeck::ConsistencyReportPage</name>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Prüfung starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Reads every hub&apos;s identities and every DPS instance&apos;s enrollments and registrations, paced to a share of the quotas. A stopped check resumes where it was.</source>
        <translation>Liest die Identitäten aller Hubs sowie die Enrollments und Registrierungen aller DPS-Instanzen, gedrosselt auf einen Teil der Kontingente. Eine gestoppte Prüfung wird an derselben Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Double-click or press Enter to look the device up.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das Gerät zu suchen.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Not run yet. Finds identities without a DPS registration, registrations whose device is missing from its hub, devices enabled in two hubs, enrollments naming hubs outside the workspace and registrations stuck in assigning or failed.</source>
        <translation>Noch nicht ausgeführt. Findet Identitäten ohne DPS-Registrierung, Registrierungen, deren Gerät auf seinem Hub fehlt, in zwei Hubs aktivierte Geräte, Enrollments, die Hubs außerhalb des Arbeitsbereichs nennen, und Registrierungen, die in assigning oder failed hängen.</translation>
    </message>
    <message>
        <source>%1: %2 items read, %3 of %4 sources done.</source>
        <translation>%1: %2 Einträge gelesen, %3 von %4 Quellen erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n finding(s).</source>
        <translation>
            <numerusform>Abgeschlossen: %n Befund.</numerusform>
            <numerusform>Abgeschlossen: %n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Run the check again to resume where it stopped.</source>
        <translation>Gestoppt. Starten Sie die Prüfung erneut, um an dieser Stelle fortzusetzen.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) exported to %1.</source>
        <translation>
            <numerusform>%n Befund nach %1 exportiert.</numerusform>
            <numerusform>%n Befunde nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not checked, because they did not answer: %1. Findings only they could confirm are left out; run the check again to check them.</source>
        <translation>Nicht geprüft, weil sie nicht antworteten: %1. Befunde, die nur sie bestätigen könnten, fehlen; starten Sie die Prüfung erneut, um sie zu prüfen.</translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialBook</name>
    <message>
        <source>The key store has gone away.</source>
        <translation>Der Schlüsselspeicher ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Store key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>Keep in &amp;memory for this run only</source>
        <translation>Nur für diesen Lauf im &amp;Arbeitsspeicher halten</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Endpoint keys</source>
        <translation>Endpunktschlüssel</translation>
    </message>
    <message>
        <source>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</source>
        <translation>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Add or replace a key</source>
        <translation>Schlüssel hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>&amp;Endpoint kind:</source>
        <translation>&amp;Endpunktart:</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>This is not a service connection string: %1</source>
        <translation>Das ist keine Dienst-Verbindungszeichenfolge: %1</translation>
    </message>
    <message>
        <source>Checking the key of policy %1 with %2…</source>
        <translation>Schlüssel der Richtlinie %1 wird bei %2 geprüft…</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Storing the key in %1…</source>
        <translation>Schlüssel wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is stored in the system keychain.</source>
        <translation>Der Schlüssel für %1 (Richtlinie %2) ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is kept in memory and will be gone when StampDeck quits.</source>
        <translation>Der Schlüssel für %1 (Richtlinie %2) liegt im Arbeitsspeicher und ist weg, sobald StampDeck beendet wird.</translation>
    </message>
    <message>
        <source>The key was not stored.</source>
        <translation>Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No keychain can keep keys: %1 StampDeck writes no key to disk. You may keep a key in memory for this run only; it is gone when StampDeck quits.</source>
        <translation>Kein Schlüsselbund kann Schlüssel aufbewahren: %1 StampDeck schreibt keinen Schlüssel auf die Festplatte. Sie können einen Schlüssel nur für diesen Lauf im Arbeitsspeicher halten; er ist weg, sobald StampDeck beendet wird.</translation>
    </message>
    <message>
        <source>Forget the key of %1 (policy %2)? StampDeck cannot reach this endpoint with it any more until a key is entered again.</source>
        <translation>Den Schlüssel für %1 (Richtlinie %2) vergessen? StampDeck erreicht diesen Endpunkt damit nicht mehr, bis wieder ein Schlüssel eingegeben wird.</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is forgotten.</source>
        <translation>Der Schlüssel für %1 (Richtlinie %2) ist vergessen.</translation>
    </message>
    <message>
        <source>The key could not be forgotten: %1</source>
        <translation>Der Schlüssel konnte nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>Paste the new connection string of %1 (policy %2) and check it; storing it replaces the old key.</source>
        <translation>Fügen Sie die neue Verbindungszeichenfolge für %1 (Richtlinie %2) ein und prüfen Sie sie; beim Speichern ersetzt sie den alten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialVault</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Systemschlüsselbund</translation>
    </message>
    <message>
        <source>The keychain holds no key for this entry.</source>
        <translation>Der Schlüsselbund enthält für diesen Eintrag keinen Schlüssel.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation>Der Schlüsselbund hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1).</source>
        <translation>Der Schlüsselbund meldete einen Fehler (%1).</translation>
    </message>
</context>
<context>
    <name>StampDeck::DemoCredentialImporter</name>
    <message>
        <source>The emulator&apos;s connection string for %1 is not valid: %2</source>
        <translation>Die Verbindungszeichenfolge des Emulators für %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>No keychain answered (%1); the demo&apos;s keys are kept in memory for this run only.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1); die Schlüssel der Demo bleiben nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The key for %1 was not stored: %2</source>
        <translation>Der Schlüssel für %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>StampDeck::DemoLauncher</name>
    <message>
        <source>The emulator (%1) could not be started: %2</source>
        <translation>Der Emulator (%1) ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the emulator: %1</source>
        <translation>Kein temporärer Ordner für den Emulator: %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>hat sich mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The emulator stopped unexpectedly (%1).</source>
        <translation>Der Emulator wurde unerwartet beendet (%1).</translation>
    </message>
    <message>
        <source>The emulator %1 before it was ready; its messages are on the terminal.</source>
        <translation>Der Emulator %1, bevor er bereit war; seine Meldungen stehen im Terminal.</translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceBrowserPage</name>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>Identität löschen</translation>
    </message>
    <message>
        <source>Select a device to see its identity and twin.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Identität und seinen Twin zu sehen.</translation>
    </message>
    <message>
        <source>Stamp:</source>
        <translation>Stamp:</translation>
    </message>
    <message>
        <source>Pick a stamp to list its devices.</source>
        <translation>Wählen Sie einen Stamp, um seine Geräte aufzulisten.</translation>
    </message>
    <message>
        <source>Counting devices…</source>
        <translation>Geräte werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 devices match</source>
        <translation>
            <numerusform>%1 Gerät passt</numerusform>
            <numerusform>%1 Geräte passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the twin: %1</source>
        <translation>Der Twin konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>The hub %1 will refuse %2 until it is enabled again.

A refused device usually provisions again through DPS: if its enrollment still points at this hub, it lands here again and stays refused; if the enrollment now points at another stamp, the device moves there.</source>
        <translation>Der Hub %1 weist %2 ab, bis es wieder aktiviert wird.

Ein abgewiesenes Gerät wird meist erneut über DPS bereitgestellt: Zeigt sein Enrollment noch auf diesen Hub, landet es wieder hier und bleibt abgewiesen; zeigt das Enrollment jetzt auf einen anderen Stamp, wechselt das Gerät dorthin.</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <source>The hub %1 will accept %2 again the next time it connects.</source>
        <translation>Der Hub %1 nimmt %2 bei der nächsten Verbindung wieder an.</translation>
    </message>
    <message>
        <source>Delete the identity of %1?</source>
        <translation>Die Identität von %1 löschen?</translation>
    </message>
    <message>
        <source>The identity of %1 and its twin are removed from the hub %2.

If the device&apos;s enrollment stays, a deleted identity is re-created when the device provisions again, with the enrollment&apos;s initial twin. To retire the device, disable or remove its enrollment in DPS as well.</source>
        <translation>Die Identität von %1 und ihr Twin werden vom Hub %2 entfernt.

Bleibt das Enrollment des Geräts bestehen, wird eine gelöschte Identität bei der nächsten Bereitstellung des Geräts neu angelegt, mit dem anfänglichen Twin des Enrollments. Um das Gerät außer Betrieb zu nehmen, deaktivieren oder entfernen Sie auch sein Enrollment in DPS.</translation>
    </message>
    <message>
        <source>Deleted the identity of %1.</source>
        <translation>Die Identität von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>The key of %1&apos;s hub is not available yet; add it under Endpoint keys.</source>
        <translation>Der Schlüssel für den Hub von %1 ist noch nicht verfügbar; fügen Sie ihn unter „Endpunktschlüssel“ hinzu.</translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>Beliebige Verbindung</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Tag (e.g. site)</source>
        <translation>Tag (z. B. site)</translation>
    </message>
    <message>
        <source>Shown as the last column; with a value, only devices whose tag has that value are listed.</source>
        <translation>Wird als letzte Spalte angezeigt; mit einem Wert werden nur Geräte aufgelistet, deren Tag diesen Wert hat.</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>Tag-Wert</translation>
    </message>
    <message>
        <source>Device ID starts with</source>
        <translation>Geräte-ID beginnt mit</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Filter anwenden</translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceLocator</name>
    <message>
        <source>no key or endpoint for it yet</source>
        <translation>noch kein Schlüssel oder Endpunkt dafür</translation>
    </message>
    <message>
        <source>stamp %1 (%2)</source>
        <translation>Stamp %1 (%2)</translation>
    </message>
    <message>
        <source>DPS %1</source>
        <translation>DPS %1</translation>
    </message>
    <message>
        <source>DPS %1 (%2)</source>
        <translation>DPS %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceLookup</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No ID was given.</source>
        <translation>Es wurde keine ID angegeben.</translation>
    </message>
    <message>
        <source>The lookup cache names %1, which cannot be asked: %2.</source>
        <translation>Der Such-Cache nennt %1, das nicht abgefragt werden kann: %2.</translation>
    </message>
    <message>
        <source>%1 is not in the lookup cache.</source>
        <translation>%1 ist nicht im Such-Cache.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>The registration assigns the device to %1, but its identity was found on %2.</source>
        <translation>Die Registrierung ordnet das Gerät %1 zu, seine Identität wurde aber auf %2 gefunden.</translation>
    </message>
    <message>
        <source>The lookup cache says %1 is on %2 (last confirmed %3); asking that hub.</source>
        <translation>Laut Such-Cache ist %1 auf %2 (zuletzt bestätigt %3); dieser Hub wird abgefragt.</translation>
    </message>
    <message>
        <source>%1 confirmed the identity.</source>
        <translation>%1 hat die Identität bestätigt.</translation>
    </message>
    <message>
        <source>%1 no longer has %2: the cache was stale.</source>
        <translation>%1 hat %2 nicht mehr: Der Cache war veraltet.</translation>
    </message>
    <message>
        <source>%1 was not asked: %2</source>
        <translation>%1 wurde nicht abgefragt: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 holds an identity %2.</source>
        <translation>%1 hat eine Identität %2.</translation>
    </message>
    <message>
        <source>%1 DPS instances hold a registration %2: %3.</source>
        <translation>%1 DPS-Instanzen haben eine Registrierung %2: %3.</translation>
    </message>
    <message>
        <source>Identities %1 exist on %2 hubs: %3.</source>
        <translation>Identitäten %1 gibt es auf %2 Hubs: %3.</translation>
    </message>
    <message>
        <source>The registration is assigning: the device is mid-enrollment and has no hub yet.</source>
        <translation>Die Registrierung ist assigning: Das Gerät wird gerade registriert und hat noch keinen Hub.</translation>
    </message>
    <message>
        <source>No DPS instance has a registration %1: the registration ID may differ from the device ID.</source>
        <translation>Keine DPS-Instanz hat eine Registrierung %1: Die Registrierungs-ID kann von der Geräte-ID abweichen.</translation>
    </message>
    <message>
        <source>Asking the assigned hub %1 for the identity %2.</source>
        <translation>Der zugeordnete Hub %1 wird nach der Identität %2 gefragt.</translation>
    </message>
    <message>
        <source>The registration assigns %1 to %2, but that hub has no identity %1.</source>
        <translation>Die Registrierung ordnet %1 %2 zu, aber dieser Hub hat keine Identität %1.</translation>
    </message>
    <message>
        <source>%1 no longer holds the registration %2.</source>
        <translation>%1 hat die Registrierung %2 nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is not a hub of the workspace.</source>
        <translation>%1 ist kein Hub des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>%1 is not a valid registration ID: DPS is not asked.</source>
        <translation>%1 ist keine gültige Registrierungs-ID: DPS wird nicht abgefragt.</translation>
    </message>
    <message>
        <source>Asking every DPS instance (%1) for the registration %2, in parallel.</source>
        <translation>Alle DPS-Instanzen (%1) werden parallel nach der Registrierung %2 gefragt.</translation>
    </message>
    <message>
        <source>%1 holds the registration %2: %3, hub %4.</source>
        <translation>%1 hat die Registrierung %2: %3, Hub %4.</translation>
    </message>
    <message>
        <source>%1 is not a valid device ID.</source>
        <translation>%1 ist keine gültige Geräte-ID.</translation>
    </message>
    <message>
        <source>No registration %1: asking every hub (%2) for an identity %1, in parallel.</source>
        <translation>Keine Registrierung %1: Alle Hubs (%2) werden parallel nach einer Identität %1 gefragt.</translation>
    </message>
    <message>
        <source>%1 holds the identity %2.</source>
        <translation>%1 hat die Identität %2.</translation>
    </message>
    <message>
        <source>The enrollment groups of %1 could not be read: %2</source>
        <translation>Die Enrollment-Gruppen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no enrollment group that could hold this registration.</source>
        <translation>%1 hat keine Enrollment-Gruppe, zu der diese Registrierung gehören könnte.</translation>
    </message>
    <message>
        <source>No enrollment group of %1 can assign to %2: the group was deleted or changed since the device registered.</source>
        <translation>Keine Enrollment-Gruppe von %1 kann %2 zuweisen: Die Gruppe wurde gelöscht oder geändert, seit sich das Gerät registriert hat.</translation>
    </message>
    <message>
        <source>the only enrollment group of %1</source>
        <translation>die einzige Enrollment-Gruppe von %1</translation>
    </message>
    <message>
        <source>the only group of %1 that assigns to %2</source>
        <translation>die einzige Gruppe von %1, die %2 zuweist</translation>
    </message>
    <message numerus="yes">
        <source>of %n groups that assign to this hub, the only one whose initial tags the twin carries</source>
        <translation>
            <numerusform>von %n Gruppe, die diesem Hub zuweist, die einzige, deren Anfangs-Tags der Twin trägt</numerusform>
            <numerusform>von %n Gruppen, die diesem Hub zuweisen, die einzige, deren Anfangs-Tags der Twin trägt</numerusform>
        </translation>
    </message>
    <message>
        <source>DPS does not say which group a registration came from</source>
        <translation>DPS sagt nicht, aus welcher Gruppe eine Registrierung stammt</translation>
    </message>
    <message>
        <source>Enrollment group %1: %2.</source>
        <translation>Enrollment-Gruppe %1: %2.</translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceLookupPage</name>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>DPS instance</source>
        <translation>DPS-Instanz</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text ko&amp;pieren</translation>
    </message>
    <message>
        <source>Device ID or registration ID (Ctrl+F)</source>
        <translation>Geräte-ID oder Registrierungs-ID (Strg+F)</translation>
    </message>
    <message>
        <source>Type a device ID or a registration ID and press Enter.</source>
        <translation>Geben Sie eine Geräte-ID oder Registrierungs-ID ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Where it lives now</source>
        <translation>Wo es jetzt liegt</translation>
    </message>
    <message>
        <source>Why it is there (the steps of the lookup)</source>
        <translation>Warum es dort liegt (die Schritte der Suche)</translation>
    </message>
    <message>
        <source>Twin: tags and reported properties</source>
        <translation>Twin: Tags und gemeldete Eigenschaften</translation>
    </message>
    <message>
        <source>Looking for %1 in every stamp…</source>
        <translation>%1 wird in allen Stamps gesucht…</translation>
    </message>
    <message>
        <source>%1 is being provisioned right now (registration assigning) by %2; it has no hub yet.</source>
        <translation>%1 wird gerade von %2 bereitgestellt (Registrierung assigning); es hat noch keinen Hub.</translation>
    </message>
    <message>
        <source>%1 lives on stamp %2.</source>
        <translation>%1 liegt auf Stamp %2.</translation>
    </message>
    <message>
        <source>Not every stamp answered: %1</source>
        <translation>Nicht alle Stamps haben geantwortet: %1</translation>
    </message>
    <message>
        <source>%1 (differs from the registration ID)</source>
        <translation>%1 (weicht von der Registrierungs-ID ab)</translation>
    </message>
    <message>
        <source>(updated %1)</source>
        <translation>(aktualisiert %1)</translation>
    </message>
    <message>
        <source>no identity on the hub</source>
        <translation>keine Identität auf dem Hub</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>letzte Aktivität %1</translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation>keine Aktivität erfasst</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>No twin read.</source>
        <translation>Kein Twin gelesen.</translation>
    </message>
    <message>
        <source>%1 was not found anywhere: asked %2 and %3.</source>
        <translation>%1 wurde nirgends gefunden: gefragt wurden %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n hub(s)</source>
        <translation>
            <numerusform>%n Hub</numerusform>
            <numerusform>%n Hubs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DPS instance(s)</source>
        <translation>
            <numerusform>%n DPS-Instanz</numerusform>
            <numerusform>%n DPS-Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceTableModel</name>
    <message>
        <source>The tag name &quot;%1&quot; can hold letters, digits and _, with dots between names (location.region).</source>
        <translation>Der Tag-Name „%1“ darf Buchstaben, Ziffern und _ enthalten, mit Punkten zwischen Namen (location.region).</translation>
    </message>
    <message>
        <source>Could not count the devices: %1</source>
        <translation>Die Geräte konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Could not read the devices: %1</source>
        <translation>Die Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read rows %1 to %2 again: %3</source>
        <translation>Die Zeilen %1 bis %2 konnten nicht erneut gelesen werden: %3</translation>
    </message>
    <message>
        <source>Loading this page again from the hub</source>
        <translation>Diese Seite wird erneut vom Hub geladen</translation>
    </message>
    <message>
        <source>The IoT hub query language has no ORDER BY, so the devices come in the hub&apos;s order and the table cannot be sorted.</source>
        <translation>Die Abfragesprache des IoT-Hubs kennt kein ORDER BY; die Geräte kommen daher in der Reihenfolge des Hubs, und die Tabelle lässt sich nicht sortieren.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <source>Queued C2D</source>
        <translation>C2D-Warteschlange</translation>
    </message>
</context>
<context>
    <name>StampDeck::DistributionChartView</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Devices by stamp</source>
        <translation>Geräte pro Stamp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Noch nicht gezählt</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>enrollment group</source>
        <translation>Enrollment-Gruppe</translation>
    </message>
    <message>
        <source>Devices by stamp, stacked by %1 (DPS registrations)</source>
        <translation>Geräte pro Stamp, gestapelt nach %1 (DPS-Registrierungen)</translation>
    </message>
    <message>
        <source>Devices by stamp (the DPS registration census is running; showing total devices)</source>
        <translation>Geräte pro Stamp (die Zählung der DPS-Registrierungen läuft; Anzeige der Gesamtgeräte)</translation>
    </message>
</context>
<context>
    <name>StampDeck::DpsCensusReader</name>
    <message>
        <source>the census was stopped</source>
        <translation>die Zählung wurde angehalten</translation>
    </message>
    <message>
        <source>unexpected enrollment group list: %1</source>
        <translation>unerwartete Liste der Enrollment-Gruppen: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>StampDeck::DriftPage</name>
    <message>
        <source>Only flagged</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>No census yet.</source>
        <translation>Noch keine Zählung.</translation>
    </message>
    <message>
        <source>No enrollment groups counted yet.</source>
        <translation>Noch keine Enrollment-Gruppen gezählt.</translation>
    </message>
    <message>
        <source>Intended share</source>
        <translation>Vorgesehener Anteil</translation>
    </message>
    <message>
        <source>Actual share</source>
        <translation>Tatsächlicher Anteil</translation>
    </message>
    <message>
        <source>%1 (off list)</source>
        <translation>%1 (nicht auf der Liste)</translation>
    </message>
    <message>
        <source>Share per hub</source>
        <translation>Anteil pro Hub</translation>
    </message>
    <message>
        <source>Share of the group&apos;s registrations</source>
        <translation>Anteil an den Registrierungen der Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln registration(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln Registrierung</numerusform>
            <numerusform>%1 (%2): %Ln Registrierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged. %1</source>
        <translation>Markiert. %1</translation>
    </message>
</context>
<context>
    <name>StampDeck::DriftTableModel</name>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1 (nicht auf der Liste)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Enrollment group</source>
        <translation>Enrollment-Gruppe</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Stamp / hub</source>
        <translation>Stamp / Hub</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Vorgesehen</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetChartsPage</name>
    <message>
        <source>Stack by tenant</source>
        <translation>Nach Mandant stapeln</translation>
    </message>
    <message>
        <source>Stack by enrollment group</source>
        <translation>Nach Enrollment-Gruppe stapeln</translation>
    </message>
    <message>
        <source>Stack devices by</source>
        <translation>Geräte stapeln nach</translation>
    </message>
    <message>
        <source>Stamps shown over time</source>
        <translation>Im Zeitverlauf angezeigte Stamps</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as SVG</source>
        <translation>%1 als SVG exportieren</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Gesamte Flotte</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart exported to %1.</source>
        <translation>Diagramm nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not export the chart: %1</source>
        <translation>Das Diagramm konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetConsistencyCheck</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Counting devices</source>
        <translation>Geräte werden gezählt</translation>
    </message>
    <message>
        <source>Reading identities</source>
        <translation>Identitäten werden gelesen</translation>
    </message>
    <message>
        <source>Reading enrollments</source>
        <translation>Enrollments werden gelesen</translation>
    </message>
    <message>
        <source>Reading registrations</source>
        <translation>Registrierungen werden gelesen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Wird abgeglichen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>the checkpoint %1 cannot be read</source>
        <translation>der Prüfpunkt %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>no key for %1</source>
        <translation>kein Schlüssel für %1</translation>
    </message>
    <message>
        <source>the checkpoint cannot be written: %1</source>
        <translation>der Prüfpunkt lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the consistency check handles at most %1 hubs</source>
        <translation>die Konsistenzprüfung verarbeitet höchstens %1 Hubs</translation>
    </message>
    <message>
        <source>stamp %1 (%2)</source>
        <translation>Stamp %1 (%2)</translation>
    </message>
    <message>
        <source>DPS instance %1</source>
        <translation>DPS-Instanz %1</translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetEndpoints</name>
    <message>
        <source>No key stored for %1: add one under Endpoint keys.</source>
        <translation>Für %1 ist kein Schlüssel gespeichert: Fügen Sie unter Endpunktschlüssel einen hinzu.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key for %1 could not be read: %2</source>
        <translation>Der Schlüssel für %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA certificate %1 for %2 cannot be read.</source>
        <translation>Das CA-Zertifikat %1 für %2 lässt sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetStatusModel</name>
    <message>
        <source>Waiting for figures</source>
        <translation>Warten auf Werte</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>StampDeck::HistoryChartView</name>
    <message>
        <source>Connected devices</source>
        <translation>Verbundene Geräte</translation>
    </message>
    <message>
        <source>DPS registrations</source>
        <translation>DPS-Registrierungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Connected devices and DPS registrations over time</source>
        <translation>Verbundene Geräte und DPS-Registrierungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Connected devices and DPS registrations over time: %1</source>
        <translation>Verbundene Geräte und DPS-Registrierungen im Zeitverlauf: %1</translation>
    </message>
    <message>
        <source>Connected devices and DPS registrations over time: whole fleet</source>
        <translation>Verbundene Geräte und DPS-Registrierungen im Zeitverlauf: gesamte Flotte</translation>
    </message>
    <message>
        <source>(no samples yet)</source>
        <translation>(noch keine Messwerte)</translation>
    </message>
</context>
<context>
    <name>StampDeck::HttpConnectionProbe</name>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>allowed (HTTP %1)</source>
        <translation>erlaubt (HTTP %1)</translation>
    </message>
    <message>
        <source>not allowed (HTTP 401)</source>
        <translation>nicht erlaubt (HTTP 401)</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>%1 accepted the key of policy %2. Rights seen: %3.</source>
        <translation>%1 hat den Schlüssel der Richtlinie %2 angenommen. Festgestellte Rechte: %3.</translation>
    </message>
    <message>
        <source>%1 refused the key of policy %2: the key is wrong, or the policy holds none of the rights checked.</source>
        <translation>%1 hat den Schlüssel der Richtlinie %2 abgelehnt: Der Schlüssel ist falsch, oder die Richtlinie hat keines der geprüften Rechte.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered in a way that fits no right. Is it really this kind of endpoint?</source>
        <translation>%1 antwortete so, dass es zu keinem Recht passt. Ist es wirklich diese Art von Endpunkt?</translation>
    </message>
</context>
<context>
    <name>StampDeck::LogPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Filter by text or host</source>
        <translation>Nach Text oder Host filtern</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>Alle Zeilen aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
</context>
<context>
    <name>StampDeck::MainWindow</name>
    <message>
        <source>StampDeck</source>
        <translation>StampDeck</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s) from %1</source>
        <translation>
            <numerusform>%n Stamp aus %1</numerusform>
            <numerusform>%n Stamps aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>Capacity &amp;planner</source>
        <translation>&amp;Kapazitätsplanung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Refresh all stamps</source>
        <translation>Alle Stamps &amp;aktualisieren</translation>
    </message>
    <message>
        <source>The DPS census has not finished its first pass yet.</source>
        <translation>Die DPS-Zählung hat ihren ersten Durchlauf noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 — StampDeck</source>
        <translation>%1 — StampDeck</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n stamp(s) from %1</source>
        <translation>
            <numerusform>%n Stamp aus %1 wird überwacht</numerusform>
            <numerusform>%n Stamps aus %1 werden überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>DPS census: %1 registrations read, %2 of %3 groups</source>
        <translation>DPS-Zählung: %1 Registrierungen gelesen, %2 von %3 Gruppen</translation>
    </message>
    <message>
        <source>DPS census as of %1</source>
        <translation>DPS-Zählung, Stand %1</translation>
    </message>
    <message numerus="yes">
        <source>Census of %n enrollment group(s) as of %1.</source>
        <translation>
            <numerusform>Zählung von %n Enrollment-Gruppe, Stand %1.</numerusform>
            <numerusform>Zählung von %n Enrollment-Gruppen, Stand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Nicht gelesen: %1.</translation>
    </message>
    <message>
        <source>The DPS census is counting its first pass: %1</source>
        <translation>Die DPS-Zählung läuft ihren ersten Durchgang: %1</translation>
    </message>
    <message>
        <source>Device &amp;lookup</source>
        <translation>Geräte&amp;suche</translation>
    </message>
    <message>
        <source>B&amp;atch lookup</source>
        <translation>S&amp;tapelsuche</translation>
    </message>
    <message>
        <source>Device b&amp;rowser</source>
        <translation>Geräteb&amp;rowser</translation>
    </message>
    <message>
        <source>C&amp;onsistency</source>
        <translation>K&amp;onsistenz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bearb&amp;eiten</translation>
    </message>
    <message>
        <source>&amp;Find device…</source>
        <translation>Gerät &amp;suchen…</translation>
    </message>
</context>
<context>
    <name>StampDeck::MemorySecretStore</name>
    <message>
        <source>memory, for this run only</source>
        <translation>dem Arbeitsspeicher, nur für diesen Lauf</translation>
    </message>
    <message>
        <source>No key is held in memory for this entry.</source>
        <translation>Für diesen Eintrag liegt kein Schlüssel im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>StampDeck::ProbeReport</name>
    <message>
        <source>Cannot write the probe report %1: %2</source>
        <translation>Der Messbericht %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>StampDeck::RequestStatusWidget</name>
    <message>
        <source>Requests to the hubs and DPS instances; click to open the log</source>
        <translation>Anfragen an die Hubs und DPS-Instanzen; klicken, um das Protokoll zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln Anfrage läuft</numerusform>
            <numerusform>%Ln Anfragen laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln throttled (5 min)</source>
        <translation>
            <numerusform>%Ln gedrosselt (5 min)</numerusform>
            <numerusform>%Ln gedrosselt (5 min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) (5 min)</source>
        <translation>
            <numerusform>%Ln Fehler (5 min)</numerusform>
            <numerusform>%Ln Fehler (5 min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::ScriptedRun</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Der Screenshot %1 lässt sich nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>StampDeck::StampBoardPage</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Export figures to CSV…</source>
        <translation>Werte als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 ring</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Keine Region</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n stamp(s)</source>
        <translation>
            <numerusform>%1 · %n Stamp</numerusform>
            <numerusform>%1 · %n Stamps</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamps yet: open a workspace, or start the console with --demo for the demo fleet.</source>
        <translation>Noch keine Stamps: Öffnen Sie einen Arbeitsbereich oder starten Sie die Konsole mit --demo für die Demo-Flotte.</translation>
    </message>
    <message>
        <source>Export the board&apos;s figures</source>
        <translation>Werte der Übersicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n stamp(s) exported to %1.</source>
        <translation>
            <numerusform>Werte von %n Stamp nach %1 exportiert.</numerusform>
            <numerusform>Werte von %n Stamps nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the figures: %1</source>
        <translation>Die Werte konnten nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>StampDeck::StampCard</name>
    <message>
        <source>dedicated to %1</source>
        <translation>exklusiv für %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>geteilt von %1</translation>
    </message>
    <message>
        <source>%1 · %2 ring · %3</source>
        <translation>%1 · Ring %2 · %3</translation>
    </message>
    <message>
        <source>Planned for %1 devices</source>
        <translation>Geplant für %1 Geräte</translation>
    </message>
    <message>
        <source>%1% of the planned %2 devices · %3% of the hub limit</source>
        <translation>%1 % der geplanten %2 Geräte · %3 % des Hub-Limits</translation>
    </message>
    <message>
        <source>No planned capacity · %1% of the hub limit</source>
        <translation>Keine geplante Kapazität · %1 % des Hub-Limits</translation>
    </message>
    <message>
        <source>Devices: not known yet</source>
        <translation>Geräte: noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 devices: %2 enabled, %3 disabled</source>
        <translation>%1 Geräte: %2 aktiviert, %3 deaktiviert</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>Connected: not known yet</source>
        <translation>Verbunden: noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 connected (%3%)</source>
        <translation>%1 von %2 verbunden (%3 %)</translation>
    </message>
    <message>
        <source>%1 DPS registrations</source>
        <translation>%1 DPS-Registrierungen</translation>
    </message>
    <message>
        <source>(DPS at %1% of its limit)</source>
        <translation>(DPS bei %1 % ihres Limits)</translation>
    </message>
    <message>
        <source>Waiting for the first figures</source>
        <translation>Warten auf die ersten Werte</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>Stale: updated %1 ago</source>
        <translation>Veraltet: vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>Unreachable: figures from %1 ago</source>
        <translation>Nicht erreichbar: Werte von vor %1</translation>
    </message>
    <message>
        <source>Unreachable: no figures yet</source>
        <translation>Nicht erreichbar: noch keine Werte</translation>
    </message>
    <message>
        <source>Stamp %1 (%2)</source>
        <translation>Stamp %1 (%2)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
</context>
<context>
    <name>StampDeck::StampForm</name>
    <message>
        <source>Add DPS</source>
        <translation>DPS hinzufügen</translation>
    </message>
    <message>
        <source>Remove DPS</source>
        <translation>DPS entfernen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>e.g. westeurope</source>
        <translation>z. B. westeurope</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>tenant names, separated by commas</source>
        <translation>Mandantennamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. contoso-weu-1.azure-devices.net</source>
        <translation>z. B. contoso-weu-1.azure-devices.net</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source> devices</source>
        <translation> Geräte</translation>
    </message>
    <message>
        <source>optional: PEM file trusted for this stamp&apos;s endpoints</source>
        <translation>optional: PEM-Datei, der für die Endpunkte dieses Stamps vertraut wird</translation>
    </message>
    <message>
        <source>Stamp &amp;id:</source>
        <translation>Stamp-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>R&amp;ing:</source>
        <translation>R&amp;ing:</translation>
    </message>
    <message>
        <source>&amp;Tenancy:</source>
        <translation>&amp;Mandantenmodell:</translation>
    </message>
    <message>
        <source>T&amp;enants:</source>
        <translation>Ma&amp;ndanten:</translation>
    </message>
    <message>
        <source>&amp;Hub host name:</source>
        <translation>&amp;Hub-Hostname:</translation>
    </message>
    <message>
        <source>Hub &amp;name:</source>
        <translation>Hub-&amp;Name:</translation>
    </message>
    <message>
        <source>Hub tie&amp;r:</source>
        <translation>Hub-Ta&amp;rif:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>Linked &amp;DPS:</source>
        <translation>Verknüpfte &amp;DPS:</translation>
    </message>
    <message>
        <source>&amp;Planned capacity:</source>
        <translation>&amp;Geplante Kapazität:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Zusätzliches &amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>%1 allows 1 to %2 units</source>
        <translation>%1 erlaubt 1 bis %2 Einheiten</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>StampDeck::StampPoller</name>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n s</numerusform>
            <numerusform>keine Antwort innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the hub answered the connected-devices query without a count</source>
        <translation>der Hub hat die Abfrage der verbundenen Geräte ohne Anzahl beantwortet</translation>
    </message>
</context>
<context>
    <name>StampDeck::WorkspaceEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>optional, e.g. Contoso fleet</source>
        <translation>optional, z. B. Contoso-Flotte</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>DPS device &amp;endpoint:</source>
        <translation>DPS-Geräte&amp;endpunkt:</translation>
    </message>
    <message>
        <source>amber at</source>
        <translation>Gelb bei</translation>
    </message>
    <message>
        <source>red at</source>
        <translation>Rot bei</translation>
    </message>
    <message>
        <source>Capacity &amp;health:</source>
        <translation>Kapazitäts&amp;zustand:</translation>
    </message>
    <message>
        <source>Capacity used, against the plan and the 1,000,000 limits, at which a stamp turns amber</source>
        <translation>Belegte Kapazität, gemessen am Plan und an den Limits von 1.000.000, ab der ein Stamp gelb wird</translation>
    </message>
    <message>
        <source>Capacity used at which a stamp turns red</source>
        <translation>Belegte Kapazität, ab der ein Stamp rot wird</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Stamps</translation>
    </message>
    <message>
        <source>StampDeck workspaces (*.json);;All files (*)</source>
        <translation>StampDeck-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>workspace.json</source>
        <translation>workspace.json</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Discard the new workspace?</source>
        <translation>Den neuen Arbeitsbereich verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>New stamp</source>
        <translation>Neuer Stamp</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Correct the marked field first</source>
        <translation>Korrigieren Sie zuerst das markierte Feld</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Edit workspace — %1</source>
        <translation>Arbeitsbereich bearbeiten — %1</translation>
    </message>
</context>
<context>
    <name>StampDeck::WorkspaceFileActions</name>
    <message>
        <source>StampDeck workspaces (*.json);;All files (*)</source>
        <translation>StampDeck-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit workspace…</source>
        <translation>Arbeitsbereich &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1:
%2</source>
        <translation>Der Arbeitsbereich %1 lässt sich nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>The workspace was not saved: %1</source>
        <translation>Der Arbeitsbereich wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>a workspace holds no secrets; keys belong in the keychain</source>
        <translation>ein Arbeitsbereich enthält keine Geheimnisse; Schlüssel gehören in den Schlüsselbund</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet: eines von %1)</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stamp id (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation>„%1“ ist keine Stamp-ID (Buchstaben, Ziffern, „.“, „_“, „-“; höchstens 64)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ring (test, canary or production)</source>
        <translation>„%1“ ist kein Ring (test, canary oder production)</translation>
    </message>
    <message>
        <source>must be an object with mode and tenants</source>
        <translation>muss ein Objekt mit mode und tenants sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tenancy (shared or dedicated)</source>
        <translation>„%1“ ist kein Mandantenmodell (shared oder dedicated)</translation>
    </message>
    <message>
        <source>a dedicated stamp serves exactly one tenant (found %1)</source>
        <translation>ein exklusiver Stamp bedient genau einen Mandanten (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be an object with hostName, tier and units</source>
        <translation>muss ein Objekt mit hostName, tier und units sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IoT hub tier (%2)</source>
        <translation>„%1“ ist kein IoT-Hub-Tarif (%2)</translation>
    </message>
    <message>
        <source>must be a list of linked DPS instances (may be empty)</source>
        <translation>muss eine Liste verknüpfter DPS-Instanzen sein (darf leer sein)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ID scope (0ne followed by 8 hex digits)</source>
        <translation>„%1“ ist kein ID-Bereich (0ne gefolgt von 8 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>this is not a StampDeck workspace (expected &quot;%1&quot;)</source>
        <translation>dies ist kein StampDeck-Arbeitsbereich (erwartet: „%1“)</translation>
    </message>
    <message>
        <source>version %1 was written by a newer StampDeck (this one reads %2)</source>
        <translation>Version %1 stammt von einem neueren StampDeck (dieses liest %2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be a list of stamps</source>
        <translation>muss eine Liste von Stamps sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by an earlier stamp</source>
        <translation>„%1“ wird schon von einem früheren Stamp verwendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already belongs to an earlier stamp</source>
        <translation>„%1“ gehört schon zu einem früheren Stamp</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ist an Position %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>must be an object with amberPercent and redPercent</source>
        <translation>muss ein Objekt mit amberPercent und redPercent sein</translation>
    </message>
    <message>
        <source>amber (%1%) must be below red (%2%)</source>
        <translation>Gelb (%1 %) muss unter Rot (%2 %) liegen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the demo fleet</source>
        <translation>der Demo-Flotte</translation>
    </message>
    <message>
        <source>The demo workspace is not valid: %1</source>
        <translation>Der Demo-Arbeitsbereich ist ungültig: %1</translation>
    </message>
    <message>
        <source>Endpoint &amp;keys…</source>
        <translation>E&amp;ndpunktschlüssel…</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open a workspace (File ▸ Open…), or try the demo fleet with --demo.</source>
        <translation>Öffnen Sie einen Arbeitsbereich (Datei ▸ Öffnen…) oder probieren Sie die Demo-Flotte mit --demo aus.</translation>
    </message>
</context>
</TS>
