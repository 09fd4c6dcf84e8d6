// Placeholder until the fleet engineer's composition lands (owned by "fleet"; replace freely).
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
