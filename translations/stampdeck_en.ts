<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CapacityPlanner</name>
    <message>
        <source>planned capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub&apos;s soft limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily message quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this growth rate no new stamp is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new stamp is due now: this stamp is already at its %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new stamp is due now: the %1 is reached on %2, sooner than a new stamp can be stood up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new stamp is due by %1: the %2 is reached on %3, in %Ln day(s).</source>
        <translation>
            <numerusform>A new stamp is due by %1: the %2 is reached on %3, in %Ln day.</numerusform>
            <numerusform>A new stamp is due by %1: the %2 is reached on %3, in %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message quota of tier &quot;%1&quot; is not known, so it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily message quota: %1 messages (free tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily message quota: %1 messages (%2, %n unit(s)).</source>
        <translation>
            <numerusform>Daily message quota: %1 messages (%2, %n unit).</numerusform>
            <numerusform>Daily message quota: %1 messages (%2, %n units).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today %1 messages a day from %2 devices; headroom %3 messages a day (%4% of the quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1 messages a day from %2 devices: %3 over the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stamp can take %1 more devices; its %2 (%3 devices) is the limit that binds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stamp is %1 devices past its %2 (%3 devices).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from StampDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyCheckpoint</name>
    <message>
        <source>cannot open the checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyFacts</name>
    <message>
        <source>enabled in %1 hubs; its registration assigns it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled in %1 hubs; no registration assigns it to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DPS instance has a registration for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its registration does not assign it to this hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration assigns it to this hub, which has no identity for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the enrollment group names %n hub(s) not in the workspace</source>
        <translation>
            <numerusform>the enrollment group names %n hub not in the workspace</numerusform>
            <numerusform>the enrollment group names %n hubs not in the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the individual enrollment names %n hub(s) not in the workspace</source>
        <translation>
            <numerusform>the individual enrollment names %n hub not in the workspace</numerusform>
            <numerusform>the individual enrollment names %n hubs not in the workspace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsistencyFinding</name>
    <message>
        <source>Identity without registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration without identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled in two hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment names unknown hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations console for IoT fleets scaled out with deployment stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled emulator with its demo fleet and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices in the demo fleet (default 200000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of stamps in the demo fleet (4 to 50, default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of stampdeck-emulator (default: next to this program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure start-up and GUI stalls during forced refreshes, write them to this JSON file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced refreshes of every stamp for --probe-report (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the board is populated, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probe-refreshes needs --probe-report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page: &apos;%1&apos; is not a page (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: board, charts, distribution, planner, lookup, batch, browser or consistency (default board).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up this device ID or registration ID as soon as the fleet&apos;s keys are read (opens the Device lookup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--find needs a device ID or a registration ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDetailsText</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued cloud-to-device messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT Edge device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported properties:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceLookupAnswer</name>
    <message>
        <source>not found anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache hit, confirmed by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache was stale, corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched every stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubs asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS instances asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration ID and the device ID differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration substatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is mid-enrollment (assigning): it has no hub yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceLookupCache</name>
    <message>
        <source>The lookup cache %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup cache %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceQueryFilter</name>
    <message>
        <source>The tag name &quot;%1&quot; can hold letters, digits and _, with dots between names (location.region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag value cannot contain quotes or backslashes: the hub&apos;s query language has no safe way to search for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device ID prefix cannot contain quotes or backslashes: the hub&apos;s query language has no safe way to search for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableRow</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 CA-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionDrift</name>
    <message>
        <source>Evenly weighted (hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest latency (geo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) on a hub outside the group&apos;s hub list</source>
        <translation>
            <numerusform>%Ln device on a hub outside the group&apos;s hub list</numerusform>
            <numerusform>%Ln devices on a hub outside the group&apos;s hub list</numerusform>
        </translation>
    </message>
    <message>
        <source>Static policy, but the group&apos;s devices are on %1 hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static policy: this is the group&apos;s hub, but its devices are elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the group&apos;s static hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few to judge: %1 registrations, at least %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points from an even split (tolerance %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 points of an even split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo-latency: the intended split depends on where devices are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom allocation: a function decides the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few registrations to judge the split (%1 of %2 needed); only hubs off the list are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed: every hub on the list should hold an equal share, within %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: every device belongs on the group&apos;s one hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo-latency: the intended split depends on where the devices are, so only hubs off the list are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom allocation: a function decides the split, so only hubs off the list are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmulatorEndpoints</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: caCertificate is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: workspace is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no hubs listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hubs[%2] lacks hostName or connectionString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dps[%2] lacks hostName or idScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCredential</name>
    <message>
        <source>IoT hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (this run only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPolicy</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: %1. The figures are from %2 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: %1. No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are %1 old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the planned capacity is used (%2 of %3 devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the hub&apos;s soft limit of %2 devices is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the DPS limit of %2 registrations is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the requests failed in the last %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Throttled %n time(s) in the last %1 minutes.</source>
        <translation>
            <numerusform>Throttled %n time in the last %1 minutes.</numerusform>
            <numerusform>Throttled %n times in the last %1 minutes.</numerusform>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::ActivityLog</name>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 answered after %n attempt(s)</source>
        <translation>
            <numerusform>%1 answered after %n attempt</numerusform>
            <numerusform>%1 answered after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 throttled (HTTP 429), retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 throttled (HTTP 429), gave up after %n attempt(s)</source>
        <translation>
            <numerusform>%1 throttled (HTTP 429), gave up after %n attempt</numerusform>
            <numerusform>%1 throttled (HTTP 429), gave up after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed, retrying in %2 s (attempt %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 failed after %n attempt: %2</numerusform>
            <numerusform>%1 failed after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) answered by %1</source>
        <translation>
            <numerusform>%Ln request answered by %1</numerusform>
            <numerusform>%Ln requests answered by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endpoint(s)</source>
        <translation>
            <numerusform>%Ln endpoint</numerusform>
            <numerusform>%Ln endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln with an expected error (not found, conflict)</source>
        <translation>
            <numerusform>, %Ln with an expected error (not found, conflict)</numerusform>
            <numerusform>, %Ln with an expected error (not found, conflict)</numerusform>
        </translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::BatchLookupModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup table could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::BatchLookupPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste device or registration IDs here: one per line, or separated by commas, semicolons or blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter for the whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 looked up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) looked up.</source>
        <translation>
            <numerusform>%n ID looked up.</numerusform>
            <numerusform>%n IDs looked up.</numerusform>
        </translation>
    </message>
    <message>
        <source>No IDs found in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n ID(s)…</source>
        <translation>
            <numerusform>Looking up %n ID…</numerusform>
            <numerusform>Looking up %n IDs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list of IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::CapacityChartView</name>
    <message>
        <source>Planned capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub&apos;s %1 device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS&apos;s %1 registration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used per stamp, against its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used per stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: devices not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 devices, planned %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::CapacityGauge</name>
    <message>
        <source>Capacity not known yet; planned for %1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned devices (%3%), %4% of the hub&apos;s %5 device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices, no planned capacity; %2% of the hub&apos;s %3 device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks: amber at %1%, red at %2% of the plan; the plan; the hub limit (dashed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::CapacityPlannerPage</name>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stamp due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages per device per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time for a new stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stamp due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::ConsistencyFindingsModel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::ConsistencyReportPage</name>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every hub&apos;s identities and every DPS instance&apos;s enrollments and registrations, paced to a share of the quotas. A stopped check resumes where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to look the device up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet. Finds identities without a DPS registration, registrations whose device is missing from its hub, devices enabled in two hubs, enrollments naming hubs outside the workspace and registrations stuck in assigning or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items read, %3 of %4 sources done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n finding(s).</source>
        <translation>
            <numerusform>Finished: %n finding.</numerusform>
            <numerusform>Finished: %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Run the check again to resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) exported to %1.</source>
        <translation>
            <numerusform>%n finding exported to %1.</numerusform>
            <numerusform>%n findings exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked, because they did not answer: %1. Findings only they could confirm are left out; run the check again to check them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialBook</name>
    <message>
        <source>The key store has gone away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in &amp;memory for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or replace a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a service connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key of policy %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is kept in memory and will be gone when StampDeck quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain can keep keys: %1 StampDeck writes no key to disk. You may keep a key in memory for this run only; it is gone when StampDeck quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the key of %1 (policy %2)? StampDeck cannot reach this endpoint with it any more until a key is entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new connection string of %1 (policy %2) and check it; storing it replaces the old key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialVault</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no key for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DemoCredentialImporter</name>
    <message>
        <source>The emulator&apos;s connection string for %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1); the demo&apos;s keys are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DemoLauncher</name>
    <message>
        <source>The emulator (%1) could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the emulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator stopped unexpectedly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator %1 before it was ready; its messages are on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceBrowserPage</name>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see its identity and twin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a stamp to list its devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 devices match</source>
        <translation>
            <numerusform>%1 devices match</numerusform>
            <numerusform>%1 devices match</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the twin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub %1 will refuse %2 until it is enabled again.

A refused device usually provisions again through DPS: if its enrollment still points at this hub, it lands here again and stays refused; if the enrollment now points at another stamp, the device moves there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub %1 will accept %2 again the next time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the identity of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of %1 and its twin are removed from the hub %2.

If the device&apos;s enrollment stays, a deleted identity is re-created when the device provisions again, with the enrollment&apos;s initial twin. To retire the device, disable or remove its enrollment in DPS as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the identity of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1&apos;s hub is not available yet; add it under Endpoint keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceFilterBar</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (e.g. site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the last column; with a value, only devices whose tag has that value are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceLocator</name>
    <message>
        <source>no key or endpoint for it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceLookup</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup cache names %1, which cannot be asked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the lookup cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration assigns the device to %1, but its identity was found on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup cache says %1 is on %2 (last confirmed %3); asking that hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has %2: the cache was stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an identity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DPS instances hold a registration %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities %1 exist on %2 hubs: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is assigning: the device is mid-enrollment and has no hub yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPS instance has a registration %1: the registration ID may differ from the device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the assigned hub %1 for the identity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration assigns %1 to %2, but that hub has no identity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer holds the registration %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a hub of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid registration ID: DPS is not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking every DPS instance (%1) for the registration %2, in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the registration %2: %3, hub %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration %1: asking every hub (%2) for an identity %1, in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the identity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment groups of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no enrollment group that could hold this registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollment group of %1 can assign to %2: the group was deleted or changed since the device registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only enrollment group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only group of %1 that assigns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n groups that assign to this hub, the only one whose initial tags the twin carries</source>
        <translation>
            <numerusform>of %n group that assigns to this hub, the only one whose initial tags the twin carries</numerusform>
            <numerusform>of %n groups that assign to this hub, the only one whose initial tags the twin carries</numerusform>
        </translation>
    </message>
    <message>
        <source>DPS does not say which group a registration came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment group %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceLookupPage</name>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID or registration ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a device ID or a registration ID and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it lives now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is there (the steps of the lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin: tags and reported properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1 in every stamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being provisioned right now (registration assigning) by %2; it has no hub yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives on stamp %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every stamp answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs from the registration ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(updated %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no identity on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twin read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found anywhere: asked %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hub(s)</source>
        <translation>
            <numerusform>%n hub</numerusform>
            <numerusform>%n hubs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DPS instance(s)</source>
        <translation>
            <numerusform>%n DPS instance</numerusform>
            <numerusform>%n DPS instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::DeviceTableModel</name>
    <message>
        <source>The tag name &quot;%1&quot; can hold letters, digits and _, with dots between names (location.region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read rows %1 to %2 again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading this page again from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IoT hub query language has no ORDER BY, so the devices come in the hub&apos;s order and the table cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued C2D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DistributionChartView</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices by stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices by stamp, stacked by %1 (DPS registrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices by stamp (the DPS registration census is running; showing total devices)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DpsCensusReader</name>
    <message>
        <source>the census was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected enrollment group list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DriftPage</name>
    <message>
        <source>Only flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No census yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollment groups counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share per hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group&apos;s registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln registration(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln registration</numerusform>
            <numerusform>%1 (%2): %Ln registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::DriftTableModel</name>
    <message>
        <source>%1 (not on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp / hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetChartsPage</name>
    <message>
        <source>Stack by tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack by enrollment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack devices by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps shown over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetConsistencyCheck</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consistency check handles at most %1 hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS instance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetEndpoints</name>
    <message>
        <source>No key stored for %1: add one under Endpoint keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate %1 for %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::FleetStatusModel</name>
    <message>
        <source>Waiting for figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::HistoryChartView</name>
    <message>
        <source>Connected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected devices and DPS registrations over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected devices and DPS registrations over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected devices and DPS registrations over time: whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no samples yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::HttpConnectionProbe</name>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the key of policy %2. Rights seen: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key of policy %2: the key is wrong, or the policy holds none of the rights checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in a way that fits no right. Is it really this kind of endpoint?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::LogPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text or host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::MainWindow</name>
    <message>
        <source>StampDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s) from %1</source>
        <translation>
            <numerusform>%n stamp from %1</numerusform>
            <numerusform>%n stamps from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity &amp;planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh all stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPS census has not finished its first pass yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — StampDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n stamp(s) from %1</source>
        <translation>
            <numerusform>Watching %n stamp from %1</numerusform>
            <numerusform>Watching %n stamps from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS census: %1 registrations read, %2 of %3 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS census as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Census of %n enrollment group(s) as of %1.</source>
        <translation>
            <numerusform>Census of %n enrollment group as of %1.</numerusform>
            <numerusform>Census of %n enrollment groups as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPS census is counting its first pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;atch lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device b&amp;rowser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find device…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::MemorySecretStore</name>
    <message>
        <source>memory, for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is held in memory for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::ProbeReport</name>
    <message>
        <source>Cannot write the probe report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::RequestStatusWidget</name>
    <message>
        <source>Requests to the hubs and DPS instances; click to open the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln request in flight</numerusform>
            <numerusform>%Ln requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln throttled (5 min)</source>
        <translation>
            <numerusform>%Ln throttled (5 min)</numerusform>
            <numerusform>%Ln throttled (5 min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) (5 min)</source>
        <translation>
            <numerusform>%Ln error (5 min)</numerusform>
            <numerusform>%Ln errors (5 min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::ScriptedRun</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::StampBoardPage</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export figures to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n stamp(s)</source>
        <translation>
            <numerusform>%1 · %n stamp</numerusform>
            <numerusform>%1 · %n stamps</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamps yet: open a workspace, or start the console with --demo for the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the board&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n stamp(s) exported to %1.</source>
        <translation>
            <numerusform>Figures of %n stamp exported to %1.</numerusform>
            <numerusform>Figures of %n stamps exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::StampCard</name>
    <message>
        <source>dedicated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ring · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the planned %2 devices · %3% of the hub limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned capacity · %1% of the hub limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices: %2 enabled, %3 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connected (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DPS registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(DPS at %1% of its limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: figures from %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: no figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::StampForm</name>
    <message>
        <source>Add DPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove DPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. westeurope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. contoso-weu-1.azure-devices.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file trusted for this stamp&apos;s endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;enants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub tie&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;DPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows 1 to %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::StampPoller</name>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>no answer within %n s</numerusform>
            <numerusform>no answer within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the hub answered the connected-devices query without a count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::WorkspaceEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Contoso fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS device &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity &amp;health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used, against the plan and the 1,000,000 limits, at which a stamp turns amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used at which a stamp turns red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StampDeck workspaces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workspace — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampDeck::WorkspaceFileActions</name>
    <message>
        <source>StampDeck workspaces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>a workspace holds no secrets; keys belong in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stamp id (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ring (test, canary or production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with mode and tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tenancy (shared or dedicated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dedicated stamp serves exactly one tenant (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with hostName, tier and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IoT hub tier (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of linked DPS instances (may be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ID scope (0ne followed by 8 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a StampDeck workspace (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer StampDeck (this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by an earlier stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already belongs to an earlier stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with amberPercent and redPercent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber (%1%) must be below red (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace (File ▸ Open…), or try the demo fleet with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
