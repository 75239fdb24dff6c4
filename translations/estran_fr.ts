<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Base</name>
    <message>
        <location filename="../modules/data/src/netcdfsubsetwriter.cpp" line="+52"/>
        <source>Cannot write the netCDF file</source>
        <translation>Impossible d&apos;écrire le fichier netCDF</translation>
    </message>
    <message>
        <location filename="../modules/net/src/credentialstore.cpp" line="+53"/>
        <source>No secret is stored for this entry</source>
        <translation>Aucun secret n&apos;est enregistré pour cette entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available or refused access (is a Secret Service such as GNOME Keyring running and unlocked?)</source>
        <translation>Le trousseau du système n&apos;est pas disponible ou a refusé l&apos;accès (un Secret Service tel que GNOME Keyring est-il lancé et déverrouillé ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain failed</source>
        <translation>Le trousseau du système a échoué</translation>
    </message>
    <message>
        <location filename="../modules/net/src/curlerror.cpp" line="+29"/>
        <source>Unknown host (offline or misspelt?)</source>
        <translation>Hôte inconnu (hors ligne ou mal orthographié ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown proxy host</source>
        <translation>Hôte du proxy inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the connection or is unreachable</source>
        <translation>Le serveur a refusé la connexion ou est injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s TLS certificate is not trusted</source>
        <translation>Le certificat TLS du serveur n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake failed</source>
        <translation>La négociation TLS a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA bundle cannot be read</source>
        <translation>Impossible de lire le fichier des autorités de certification (CA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many redirects</source>
        <translation>Trop de redirections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection without answering</source>
        <translation>Le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection dropped during the transfer</source>
        <translation>La connexion a été coupée pendant le transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported protocol</source>
        <translation>Protocole non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed URL</source>
        <translation>URL mal formée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access denied by the server</source>
        <translation>Accès refusé par le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote file does not exist</source>
        <translation>Le fichier distant n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transfer failed</source>
        <translation>Le transfert a échoué</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Access denied (HTTP %1)</source>
        <translation>Accès refusé (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the server (HTTP 404)</source>
        <translation>Introuvable sur le serveur (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests; the server is rate limiting (HTTP 429)</source>
        <translation>Trop de requêtes ; le serveur limite le débit (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server failed (HTTP %1)</source>
        <translation>Erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the request (HTTP %1)</source>
        <translation>Le serveur a rejeté la requête (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/cswrecordparser.cpp" line="+92"/>
        <source>The catalogue service reported an error: %1</source>
        <translation>Le service de catalogue a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no exception text</source>
        <translation>pas de texte d&apos;exception</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/profile.cpp" line="+17"/>
        <location filename="../modules/remote/src/recipe.cpp" line="+26"/>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Champ « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/slurmoutput.cpp" line="+31"/>
        <source>Unexpected output from the scheduler</source>
        <translation>Sortie inattendue de l&apos;ordonnanceur</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/remotefiles.cpp" line="+37"/>
        <source>No such file or folder on the host</source>
        <translation>Aucun fichier ni dossier de ce nom sur la machine distante</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/sshhost.cpp" line="+169"/>
        <source>The host key of %1 has changed since it was recorded and was refused: this may be an attack, or the host was reinstalled. Ask its administrators before removing the old key from known_hosts.</source>
        <translation>La clé d&apos;hôte de %1 a changé depuis qu&apos;elle a été enregistrée et a été refusée : ce peut être une attaque, ou la machine a été réinstallée. Demandez à ses administrateurs avant de retirer l&apos;ancienne clé de known_hosts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host key of %1 is not known and was refused</source>
        <translation>La clé d&apos;hôte de %1 est inconnue et a été refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host key of %1 is unknown or has changed, and was refused: compare its fingerprint with the one its administrators publish</source>
        <translation>La clé d&apos;hôte de %1 est inconnue ou a changé, et a été refusée : comparez son empreinte avec celle que publient ses administrateurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login to %1 was cancelled</source>
        <translation>La connexion à %1 a été annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the login (key, passphrase or password not accepted)</source>
        <translation>%1 a refusé la connexion (clé, phrase secrète ou mot de passe non acceptés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh exited with status %1</source>
        <translation>ssh s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/recipe.cpp" line="+5"/>
        <source>Parameter &quot;%1&quot;: %2</source>
        <translation>Paramètre « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/cql2expression.cpp" line="+78"/>
        <location line="+36"/>
        <source>Filter: %1 (at character %2)</source>
        <translation>Filtre : %1 (au caractère %2)</translation>
    </message>
</context>
<context>
    <name>Estran::App</name>
    <message>
        <location filename="../app/estran/main.cpp" line="+48"/>
        <source>Workbench for ocean and Earth-observation data</source>
        <translation>Atelier pour les données océaniques et d&apos;observation de la Terre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data files or a workspace (*.estran.json) to open.</source>
        <translation>Fichiers de données ou espace de travail (*.estran.json) à ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo dataset (written into the cache directory the first time).</source>
        <translation>Ouvrir le jeu de données de démonstration (écrit dans le dossier de cache la première fois).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the time to the first displayed frame of FILE and quit.</source>
        <translation>Afficher le temps jusqu&apos;à la première image affichée de FICHIER, puis quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play FILE as fast as frames are displayed, print the rate and quit.</source>
        <translation>Lire FICHIER aussi vite que les images s&apos;affichent, afficher la cadence, puis quitter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variable to show (required by the benchmarks).</source>
        <translation>Variable à afficher (exigée par les mesures de performance).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time steps played by --benchmark-play.</source>
        <translation>Pas de temps lus par --benchmark-play.</translation>
    </message>
    <message>
        <location filename="../app/estran/demodatasettask.cpp" line="+16"/>
        <source>Preparing the demo dataset</source>
        <translation>Préparation du jeu de données de démonstration</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot create the cache directory</source>
        <translation>impossible de créer le dossier de cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the demo dataset</source>
        <translation>Écriture du jeu de données de démonstration</translation>
    </message>
    <message>
        <location filename="../app/estran/workspace.cpp" line="+64"/>
        <source>not an Estran workspace (&quot;format&quot; is not &quot;estran-workspace&quot;)</source>
        <translation>pas un espace de travail Estran (« format » ne vaut pas « estran-workspace »)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace version %1 is not supported (this Estran reads up to %2)</source>
        <translation>la version %1 de l&apos;espace de travail n&apos;est pas prise en charge (cet Estran lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dataset has no &quot;path&quot;</source>
        <translation>le jeu de données n&apos;a pas de « path »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not name one of the datasets</source>
        <translation>ne désigne aucun des jeux de données</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>cannot write the workspace</source>
        <translation>impossible d&apos;écrire l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the workspace</source>
        <translation>impossible de lire l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workspace is not valid JSON (at byte %1)</source>
        <translation>l&apos;espace de travail n&apos;est pas du JSON valide (à l&apos;octet %1)</translation>
    </message>
    <message>
        <location filename="../app/estran/remotewiring.cpp" line="+39"/>
        <source>result kept in the job&apos;s folder (not a format the viewer opens)</source>
        <translation>résultat gardé dans le dossier de la tâche (format que la visionneuse n&apos;ouvre pas)</translation>
    </message>
</context>
<context>
    <name>Estran::App::AboutAction</name>
    <message>
        <location filename="../app/estran/aboutaction.cpp" line="+15"/>
        <source>&amp;About Estran</source>
        <translation>À &amp;propos d&apos;Estran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Estran</source>
        <translation>À propos d&apos;Estran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Estran %1&lt;/h3&gt;&lt;p&gt;A workbench for ocean and Earth-observation data: open netCDF, HDF5, GeoTIFF, GRIB and Zarr files, map them, play through time and read values.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3 or later.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;&lt;p&gt;Coastlines: GSHHG (Wessel &amp;amp; Smith).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Estran %1&lt;/h3&gt;&lt;p&gt;Un atelier pour les données océaniques et d&apos;observation de la Terre : ouvrez des fichiers netCDF, HDF5, GeoTIFF, GRIB et Zarr, cartographiez-les, parcourez le temps et lisez les valeurs.&lt;/p&gt;&lt;p&gt;Distribué sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Construit avec %2.&lt;/p&gt;&lt;p&gt;Côtes : GSHHG (Wessel &amp;amp; Smith).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Estran::App::CloseDatasetAction</name>
    <message>
        <location filename="../app/estran/closedatasetaction.cpp" line="+12"/>
        <source>&amp;Close Dataset</source>
        <translation>&amp;Fermer le jeu de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the dataset shown on the map</source>
        <translation>Fermer le jeu de données affiché sur la carte</translation>
    </message>
</context>
<context>
    <name>Estran::App::ExportSubsetAction</name>
    <message>
        <location filename="../app/estran/exportsubsetaction.cpp" line="+16"/>
        <source>&amp;Export Subset…</source>
        <translation>&amp;Exporter un sous-ensemble…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected area, period and depth of the dataset to .nc, .tif or .csv</source>
        <translation>Écrire la zone, la période et la profondeur sélectionnées du jeu de données en .nc, .tif ou .csv</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to %1 did not complete</source>
        <translation>L&apos;export vers %1 n&apos;a pas abouti</translation>
    </message>
</context>
<context>
    <name>Estran::App::MainWindow</name>
    <message>
        <location filename="../app/estran/mainwindow.cpp" line="+78"/>
        <source>Estran</source>
        <translation>Estran</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Time</source>
        <translation>&amp;Temps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>opened (%1)</source>
        <translation>ouvert (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>variable &apos;%1&apos; cannot be shown on a map</source>
        <translation>la variable « %1 » ne peut pas être affichée sur une carte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 — Estran</source>
        <translation>%1 — %2 — Estran</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <location filename="../app/estran/selectionwiring.cpp" line="+56"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../app/estran/remotewiring.cpp" line="+28"/>
        <source>Remote jobs</source>
        <translation>Tâches distantes</translation>
    </message>
</context>
<context>
    <name>Estran::App::OpenDemoAction</name>
    <message>
        <location filename="../app/estran/opendemoaction.cpp" line="+13"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>Ouvrir le jeu de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a synthetic global sea-surface temperature dataset (written once into the cache directory)</source>
        <translation>Ouvrir un jeu de données synthétique de température de surface de la mer sur le globe (écrit une fois dans le dossier de cache)</translation>
    </message>
</context>
<context>
    <name>Estran::App::OpenFileAction</name>
    <message>
        <location filename="../app/estran/openfileaction.cpp" line="+13"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open netCDF, HDF5, GeoTIFF, GRIB or Zarr files</source>
        <translation>Ouvrir des fichiers netCDF, HDF5, GeoTIFF, GRIB ou Zarr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All supported files (*.nc *.nc4 *.cdf *.h5 *.hdf5 *.he5 *.tif *.tiff *.grib *.grib2 *.grb *.grb2 .zgroup .zattrs .zarray zarr.json)</source>
        <translation>Tous les fichiers pris en charge (*.nc *.nc4 *.cdf *.h5 *.hdf5 *.he5 *.tif *.tiff *.grib *.grib2 *.grb *.grb2 .zgroup .zattrs .zarray zarr.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netCDF (*.nc *.nc4 *.cdf)</source>
        <translation>netCDF (*.nc *.nc4 *.cdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HDF5 (*.h5 *.hdf5 *.he5)</source>
        <translation>HDF5 (*.h5 *.hdf5 *.he5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRIB (*.grib *.grib2 *.grb *.grb2)</source>
        <translation>GRIB (*.grib *.grib2 *.grb *.grb2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zarr (.zgroup .zattrs .zarray zarr.json)</source>
        <translation>Zarr (.zgroup .zattrs .zarray zarr.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Data</source>
        <translation>Ouvrir des données</translation>
    </message>
</context>
<context>
    <name>Estran::App::OpenRecentMenu</name>
    <message>
        <location filename="../app/estran/openrecentmenu.cpp" line="+12"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>Estran::App::OpenWorkspaceAction</name>
    <message>
        <location filename="../app/estran/openworkspaceaction.cpp" line="+19"/>
        <source>Open &amp;Workspace…</source>
        <translation>Ouvrir un espace de &amp;travail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the datasets, variable, time step, level, style and view of a workspace</source>
        <translation>Rouvrir les jeux de données, la variable, le pas de temps, le niveau, le style et la vue d&apos;un espace de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Estran workspace (*.estran.json *.json)</source>
        <translation>Espace de travail Estran (*.estran.json *.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Estran::App::PlayPauseAction</name>
    <message>
        <location filename="../app/estran/playpauseaction.cpp" line="+22"/>
        <source>P&amp;ause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;lay</source>
        <translation>&amp;Lecture</translation>
    </message>
</context>
<context>
    <name>Estran::App::PluginsAction</name>
    <message>
        <location filename="../app/estran/pluginsaction.cpp" line="+9"/>
        <source>About &amp;Plugins…</source>
        <translation>À propos des &amp;greffons…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the reader plugins, their state and the folders searched</source>
        <translation>Lister les greffons de lecture, leur état et les dossiers parcourus</translation>
    </message>
</context>
<context>
    <name>Estran::App::QuitAction</name>
    <message>
        <location filename="../app/estran/quitaction.cpp" line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Estran::App::ResetViewAction</name>
    <message>
        <location filename="../app/estran/resetviewaction.cpp" line="+9"/>
        <source>&amp;Reset View</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit the map to the data</source>
        <translation>Ajuster la carte aux données</translation>
    </message>
</context>
<context>
    <name>Estran::App::SaveWorkspaceAction</name>
    <message>
        <location filename="../app/estran/saveworkspaceaction.cpp" line="+20"/>
        <source>&amp;Save Workspace…</source>
        <translation>&amp;Enregistrer l&apos;espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the open datasets, the map variable, time step, level, style and view</source>
        <translation>Enregistrer les jeux de données ouverts, la variable de la carte, le pas de temps, le niveau, le style et la vue</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Save Workspace</source>
        <translation>Enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Estran workspace (*.estran.json)</source>
        <translation>Espace de travail Estran (*.estran.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>workspace saved</source>
        <translation>espace de travail enregistré</translation>
    </message>
</context>
<context>
    <name>Estran::App::SelectionUndoAction</name>
    <message>
        <location filename="../app/estran/selectionundoaction.cpp" line="+10"/>
        <source>&amp;Undo Selection</source>
        <translation>&amp;Annuler la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo Selection</source>
        <translation>&amp;Rétablir la sélection</translation>
    </message>
</context>
<context>
    <name>Estran::App::SettingsAction</name>
    <message>
        <location filename="../app/estran/settingsaction.cpp" line="+13"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>Estran::App::SettingsDialog</name>
    <message>
        <location filename="../app/estran/settingsdialog.cpp" line="+27"/>
        <source>Path-style addresses (endpoint/bucket/key)</source>
        <translation>Adresses en chemin (point d&apos;accès/compartiment/clé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Estran is started again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Estran.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default colour map:</source>
        <translation>Palette par défaut :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory kept for decoded time steps, so playing and scrubbing do not read the same data twice</source>
        <translation>Mémoire réservée aux pas de temps décodés, pour que la lecture et le défilement ne relisent pas deux fois les mêmes données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slice cache:</source>
        <translation>Cache des tranches :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud storage (S3)</source>
        <translation>Stockage cloud (S3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS (e.g. https://s3.waw3-1.cloudferro.com for another service)</source>
        <translation>AWS (par ex. https://s3.waw3-1.cloudferro.com pour un autre service)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: public buckets are read anonymously</source>
        <translation>aucune : les compartiments publics sont lus anonymement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the system keychain; leave empty to keep the current keys</source>
        <translation>conservée dans le trousseau du système ; laisser vide pour garder les clés actuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Point d&apos;accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID:</source>
        <translation>Identifiant de clé d&apos;accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access key:</source>
        <translation>Clé d&apos;accès secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the stored keys</source>
        <translation>Oublier les clés enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the keys of this endpoint from the keychain: its buckets are then read anonymously</source>
        <translation>Retire du trousseau les clés de ce point d&apos;accès : ses compartiments sont alors lus anonymement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys removed</source>
        <translation>Clés retirées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not remove the keys (see the log)</source>
        <translation>Impossible de retirer les clés (voir le journal)</translation>
    </message>
</context>
<context>
    <name>Estran::App::TimeStepAction</name>
    <message>
        <location filename="../app/estran/timestepaction.cpp" line="+13"/>
        <source>&amp;First Step</source>
        <translation>&amp;Premier pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Step</source>
        <translation>Pas p&amp;récédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Step</source>
        <translation>Pas &amp;suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Last Step</source>
        <translation>&amp;Dernier pas</translation>
    </message>
</context>
<context>
    <name>Estran::Base</name>
    <message>
        <location filename="../modules/base/src/error.cpp" line="+25"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../modules/base/src/cfcalendar.cpp" line="+153"/>
        <source>Unknown CF calendar &quot;%1&quot;</source>
        <translation>Calendrier CF inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/base/src/log.cpp" line="+88"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../modules/base/src/selection.cpp" line="+155"/>
        <source>vertex %1 (&quot;%2&quot;) must be two numbers: longitude latitude</source>
        <translation>le sommet %1 (« %2 ») doit être deux nombres : longitude latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertex %1: latitude %2 is outside ±90°</source>
        <translation>sommet %1 : la latitude %2 est hors de ±90°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a polygon needs at least three vertices</source>
        <translation>un polygone demande au moins trois sommets</translation>
    </message>
    <message>
        <location filename="../modules/base/src/pluginscanner.cpp" line="+49"/>
        <source>Not an Estran plugin: the library has no plugin metadata</source>
        <translation>Pas un greffon Estran : la bibliothèque n&apos;a pas de métadonnées de greffon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not an Estran plugin: its interface is &quot;%1&quot;</source>
        <translation>Pas un greffon Estran : son interface est « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/base/src/plugincatalog.cpp" line="+43"/>
        <source>Bad plugin metadata: &quot;%1&quot; is missing or not a text</source>
        <translation>Métadonnées de greffon incorrectes : « %1 » manque ou n&apos;est pas un texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bad plugin metadata: &quot;id&quot; may hold only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Métadonnées de greffon incorrectes : « id » ne peut contenir que des minuscules, des chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The plugin was built for %1 interface %2; this Estran loads %3</source>
        <translation>Le greffon a été compilé pour l&apos;interface %1 %2 ; cet Estran charge %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plugin &quot;%1&quot; skipped: %2 provides it already</source>
        <translation>Greffon « %1 » ignoré : %2 le fournit déjà</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The %1 plugin &quot;%2&quot; cannot be loaded</source>
        <translation>Le greffon %1 « %2 » ne peut pas être chargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library holds no plugin object</source>
        <translation>La bibliothèque ne contient aucun objet de greffon</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The &quot;%1&quot; plugin could not be loaded</source>
        <translation>Le greffon « %1 » n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &quot;%1&quot; plugin is not installed</source>
        <translation>Le greffon « %1 » n&apos;est pas installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched: %1</source>
        <translation>Cherché dans : %1</translation>
    </message>
</context>
<context>
    <name>Estran::Base::CfDateTime</name>
    <message>
        <location filename="../modules/base/src/cfcalendar.cpp" line="+105"/>
        <source>Not a date: &quot;%1&quot; (expected YYYY-MM-DD[THH:MM[:SS]])</source>
        <translation>Pas une date : « %1 » (attendu : AAAA-MM-JJ[THH:MM[:SS]])</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date out of range: &quot;%1&quot;</source>
        <translation>Date hors limites : « %1 »</translation>
    </message>
</context>
<context>
    <name>Estran::Base::CfTimeAxis</name>
    <message>
        <location line="+22"/>
        <source>Cannot parse time units &quot;%1&quot; (expected &quot;&lt;unit&gt; since &lt;date&gt;&quot;)</source>
        <translation>Unités de temps illisibles « %1 » (attendu : « &lt;unité&gt; since &lt;date&gt; »)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown time unit &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>Unité de temps inconnue « %1 » dans « %2 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference date of &quot;%1&quot; does not exist in the %2 calendar</source>
        <translation>La date de référence de « %1 » n&apos;existe pas dans le calendrier %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference time of &quot;%1&quot; is out of range</source>
        <translation>L&apos;instant de référence de « %1 » est hors limites</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Time zone &quot;%1&quot; in &quot;%2&quot; is out of range</source>
        <translation>Le fuseau horaire « %1 » dans « %2 » est hors limites</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 does not exist in the %2 calendar</source>
        <translation>%1 n&apos;existe pas dans le calendrier %2</translation>
    </message>
</context>
<context>
    <name>Estran::Base::Selection</name>
    <message>
        <location filename="../modules/base/src/selection.cpp" line="-64"/>
        <source>bbox: expected [west, south, east, north]</source>
        <translation>bbox : attendu [ouest, sud, est, nord]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bbox: south must not exceed north and latitudes must lie within ±90°</source>
        <translation>bbox : le sud ne doit pas dépasser le nord et les latitudes doivent rester dans ±90°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bbox: expected an array or null</source>
        <translation>bbox : attendu un tableau ou null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>polygon: each vertex must be [lon, lat]</source>
        <translation>polygon : chaque sommet doit être [lon, lat]</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog</name>
    <message>
        <location filename="../modules/catalog/src/stacapiprovider.cpp" line="+196"/>
        <source>STAC API</source>
        <translation>API STAC</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/staticstacprovider.cpp" line="+149"/>
        <source>Static STAC catalogue</source>
        <translation>Catalogue STAC statique</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/opensearchjsonparser.cpp" line="+241"/>
        <source>The OpenSearch server rejected the query</source>
        <translation>Le serveur OpenSearch a rejeté la requête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer is JSON but neither a GeoJSON FeatureCollection nor an OpenSearch feed</source>
        <translation>La réponse est du JSON, mais ni une FeatureCollection GeoJSON ni un flux OpenSearch</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/opensearchprovider.cpp" line="+270"/>
        <source>OpenSearch (Atom / GeoJSON)</source>
        <translation>OpenSearch (Atom / GeoJSON)</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/cswrecordparser.cpp" line="+141"/>
        <source>The answer is not a CSW GetRecords response (root element &lt;%1&gt;)</source>
        <translation>La réponse n&apos;est pas une réponse CSW GetRecords (élément racine &lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/cswprovider.cpp" line="+28"/>
        <source>The catalogue service answered with an HTML page instead of XML</source>
        <translation>Le service de catalogue a répondu par une page HTML au lieu de XML</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>OGC Catalogue Service (CSW 2.0.2)</source>
        <translation>Service de catalogue OGC (CSW 2.0.2)</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/threddscatalogparser.cpp" line="+266"/>
        <source>The answer is not a THREDDS catalog (root element &lt;%1&gt;)</source>
        <translation>La réponse n&apos;est pas un catalogue THREDDS (élément racine &lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/threddsprovider.cpp" line="+167"/>
        <source>THREDDS catalog</source>
        <translation>Catalogue THREDDS</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/erddapdataset.cpp" line="+38"/>
        <source>OPeNDAP (griddap)</source>
        <translation>OPeNDAP (griddap)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Data access form</source>
        <translation>Formulaire d&apos;accès aux données</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>OPeNDAP (tabledap sequence)</source>
        <translation>OPeNDAP (séquence tabledap)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subset page</source>
        <translation>Page d&apos;extraction</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dataset info</source>
        <translation>Informations sur le jeu de données</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/erddapprovider.cpp" line="+201"/>
        <source>ERDDAP</source>
        <translation>ERDDAP</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/item.cpp" line="+15"/>
        <source>This kind of catalogue has no filterable properties (queryables)</source>
        <translation>Ce type de catalogue n&apos;a pas de propriétés filtrables (queryables)</translation>
    </message>
    <message>
        <location filename="../modules/catalog/src/providerregistry.cpp" line="+30"/>
        <source>Bad plugin metadata: &quot;types&quot; must be a non-empty list of {&quot;type&quot;, &quot;name&quot;} objects</source>
        <translation>Métadonnées de greffon incorrectes : « types » doit être une liste non vide d&apos;objets {&quot;type&quot;, &quot;name&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bad plugin metadata: each entry of &quot;types&quot; needs a &quot;type&quot; and a &quot;name&quot; text</source>
        <translation>Métadonnées de greffon incorrectes : chaque entrée de « types » demande un texte « type » et un texte « name »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad plugin metadata: the type &quot;%1&quot; may hold only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Métadonnées de greffon incorrectes : le type « %1 » ne peut contenir que des minuscules, des chiffres, « . », « _ » et « - »</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::Cql2Expression</name>
    <message>
        <location filename="../modules/catalog/src/cql2expression.cpp" line="+124"/>
        <source>Filter: the expression is empty</source>
        <translation>Filtre : l&apos;expression est vide</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::CswProvider</name>
    <message>
        <location filename="../modules/catalog/src/cswprovider.cpp" line="-115"/>
        <source>The answer is not CSW capabilities (root element &lt;%1&gt;)</source>
        <translation>La réponse n&apos;est pas un document de capacités CSW (élément racine &lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>records read as ISO 19139</source>
        <translation>enregistrements lus en ISO 19139</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>records read as Dublin Core</source>
        <translation>enregistrements lus en Dublin Core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time filtered on dc:date</source>
        <translation>filtrage temporel sur dc:date</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::ErddapProvider</name>
    <message>
        <location filename="../modules/catalog/src/erddapprovider.cpp" line="-128"/>
        <source>The ERDDAP server says: %1</source>
        <translation>Le serveur ERDDAP indique : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This does not look like an ERDDAP server (no ERDDAP_version)</source>
        <translation>Ceci ne ressemble pas à un serveur ERDDAP (pas de ERDDAP_version)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>box and time use the advanced search</source>
        <translation>la zone et la période passent par la recherche avancée</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::ErddapTable</name>
    <message>
        <location filename="../modules/catalog/src/erddaptable.cpp" line="+91"/>
        <source>The ERDDAP server answered with an HTML page instead of a table</source>
        <translation>Le serveur ERDDAP a répondu par une page HTML au lieu d&apos;un tableau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ERDDAP server&apos;s answer is not valid JSON (at byte %1)</source>
        <translation>La réponse du serveur ERDDAP n&apos;est pas du JSON valide (à l&apos;octet %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ERDDAP JSON answer has no &quot;table&quot;</source>
        <translation>La réponse JSON d&apos;ERDDAP n&apos;a pas de « table »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ERDDAP server sent an empty table</source>
        <translation>Le serveur ERDDAP a envoyé un tableau vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ERDDAP table has a row of %1 fields under %2 columns</source>
        <translation>Le tableau ERDDAP a une ligne de %1 champs pour %2 colonnes</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::Lexer</name>
    <message>
        <location filename="../modules/catalog/src/cql2expression.cpp" line="-193"/>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown operator &apos;%1&apos;</source>
        <translation>opérateur inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::OpenSearchDescription</name>
    <message>
        <location filename="../modules/catalog/src/opensearchdescription.cpp" line="+104"/>
        <source>The OpenSearch description has no Url template</source>
        <translation>La description OpenSearch n&apos;a pas de modèle Url</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::OpenSearchProvider</name>
    <message>
        <location filename="../modules/catalog/src/opensearchprovider.cpp" line="-195"/>
        <source>The OpenSearch server answered with an HTML page instead of results</source>
        <translation>Le serveur OpenSearch a répondu par une page HTML au lieu de résultats</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The OpenSearch server&apos;s answer is not valid JSON (at byte %1)</source>
        <translation>La réponse du serveur OpenSearch n&apos;est pas du JSON valide (à l&apos;octet %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The OpenSearch server reported an error</source>
        <translation>Le serveur OpenSearch a signalé une erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is neither an Atom feed nor GeoJSON (root element &lt;%1&gt;)</source>
        <translation>La réponse n&apos;est ni un flux Atom ni du GeoJSON (élément racine &lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The OpenSearch description offers no Atom or GeoJSON results template</source>
        <translation>La description OpenSearch ne propose aucun modèle de résultats Atom ou GeoJSON</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>results as %1</source>
        <translation>résultats en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paging by start index</source>
        <translation>pagination par indice de départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paging by page number</source>
        <translation>pagination par numéro de page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>results endpoint without a description document: the query&apos;s text, box and time are not sent</source>
        <translation>point d&apos;accès aux résultats sans document de description : le texte, la zone et la période de la requête ne sont pas envoyés</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::Parser</name>
    <message>
        <location filename="../modules/catalog/src/cql2expression.cpp" line="+39"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+62"/>
        <source>&apos;)&apos; expected</source>
        <translation>« ) » attendu</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>a value is expected</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a number; &apos;%2&apos; is not</source>
        <translation>« %1 » est un nombre ; « %2 » n&apos;en est pas un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; goes from %2 to %3</source>
        <translation>« %1 » va de %2 à %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is at least %2</source>
        <translation>« %1 » vaut au moins %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is at most %2</source>
        <translation>« %1 » vaut au plus %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is true or false</source>
        <translation>« %1 » vaut true ou false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is one of: %2</source>
        <translation>« %1 » vaut l&apos;une de ces valeurs : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a property name is expected</source>
        <translation>un nom de propriété est attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the catalogue cannot filter on &apos;%1&apos; (it can on: %2)</source>
        <translation>le catalogue ne peut pas filtrer sur « %1 » (il le peut sur : %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;(&apos; expected after &apos;in&apos;</source>
        <translation>« ( » attendu après « in »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an operator (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=, in, like) is expected after &apos;%1&apos;</source>
        <translation>un opérateur (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=, in, like) est attendu après « %1 »</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::ProviderConfig</name>
    <message>
        <location filename="../modules/catalog/src/providerconfig.cpp" line="+32"/>
        <source>CNES GEODES STAC API (Sentinel, Pléiades, SWOT, ...). Searching is public; some downloads need a GEODES API key (Edit this catalogue to enter it).</source>
        <translation>API STAC GEODES du CNES (Sentinel, Pléiades, SWOT…). La recherche est publique ; certains téléchargements demandent une clé d&apos;API GEODES (modifiez ce catalogue pour la saisir).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>THEIA/Data Terra STAC API (api.stac.teledetection.fr, as used by the THEIA teledetection tools). Not confirmed as THEIA&apos;s only official endpoint; assets on its S3 storage must be signed with a teledetection API key.</source>
        <translation>API STAC THEIA/Data Terra (api.stac.teledetection.fr, utilisée par les outils de télédétection THEIA). Pas confirmée comme seul point d&apos;accès officiel de THEIA ; les ressources de son stockage S3 doivent être signées avec une clé d&apos;API teledetection.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copernicus Marine Service static STAC catalogue (products and datasets); data access needs a Copernicus Marine account.</source>
        <translation>Catalogue STAC statique du Copernicus Marine Service (produits et jeux de données) ; l&apos;accès aux données nécessite un compte Copernicus Marine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ifremer Sextant GeoNetwork catalogue, CSW 2.0.2.</source>
        <translation>Catalogue GeoNetwork Sextant de l&apos;Ifremer, CSW 2.0.2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ifremer ERDDAP server (griddap and tabledap datasets).</source>
        <translation>Serveur ERDDAP de l&apos;Ifremer (jeux de données griddap et tabledap).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ifremer THREDDS Data Server top catalogue (OPeNDAP and HTTP file access).</source>
        <translation>Catalogue racine du THREDDS Data Server de l&apos;Ifremer (accès aux fichiers par OPeNDAP et HTTP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Element 84 Earth Search STAC API on AWS open data (Sentinel-1/2, Landsat, Copernicus DEM). Public, no account.</source>
        <translation>API STAC Earth Search d&apos;Element 84 sur les données ouvertes AWS (Sentinel-1/2, Landsat, Copernicus DEM). Publique, sans compte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The provider list is not valid JSON (at byte %1)</source>
        <translation>La liste des fournisseurs n&apos;est pas du JSON valide (à l&apos;octet %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider list must be a JSON array</source>
        <translation>La liste des fournisseurs doit être un tableau JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a name, a type and a URL</source>
        <translation>%1 doit avoir un nom, un type et une URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1 : le nom « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the provider list</source>
        <translation>Impossible de lire la liste des fournisseurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Cannot write the provider list</source>
        <translation>Impossible d&apos;écrire la liste des fournisseurs</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::ProviderRegistry</name>
    <message>
        <location filename="../modules/catalog/src/providerregistry.cpp" line="+83"/>
        <source>catalogue provider</source>
        <translation>fournisseur de catalogue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plugin object does not implement the catalogue provider interface</source>
        <translation>L&apos;objet du greffon n&apos;implémente pas l&apos;interface de fournisseur de catalogue</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The plugin %1, which provides the &quot;%2&quot; catalogue type, cannot be loaded</source>
        <translation>Le greffon %1, qui fournit le type de catalogue « %2 », ne peut pas être chargé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown catalogue type; known types: %1</source>
        <translation>Type de catalogue inconnu ; types connus : %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+24"/>
        <source>The plugin created no provider of type &quot;%1&quot;</source>
        <translation>Le greffon n&apos;a créé aucun fournisseur de type « %1 »</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::StacApiProvider</name>
    <message>
        <location filename="../modules/catalog/src/stacapiprovider.cpp" line="-138"/>
        <source>This is not a STAC API landing page (no stac_version, no links)</source>
        <translation>Ce n&apos;est pas une page d&apos;accueil d&apos;API STAC (ni stac_version, ni links)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server declares no conformance classes (pre-1.0 STAC API)</source>
        <translation>Le serveur ne déclare aucune classe de conformité (API STAC antérieure à 1.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches with POST</source>
        <translation>Recherche par POST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Searches with GET</source>
        <translation>Recherche par GET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CQL2 filters are not declared; the server may still accept them</source>
        <translation>Les filtres CQL2 ne sont pas déclarés ; le serveur peut tout de même les accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No free-text search on the server: text is matched on titles here</source>
        <translation>Pas de recherche en texte libre sur le serveur : le texte est comparé aux titres ici</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The queryables document has no &quot;properties&quot; object</source>
        <translation>Le document des queryables n&apos;a pas d&apos;objet « properties »</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::StacJson</name>
    <message>
        <location filename="../modules/catalog/src/stacjson.cpp" line="+43"/>
        <source>The server sent an empty answer</source>
        <translation>Le serveur a envoyé une réponse vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with a web page instead of STAC JSON</source>
        <translation>Le serveur a répondu par une page web au lieu de JSON STAC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer is not a STAC document</source>
        <translation>La réponse du serveur n&apos;est pas un document STAC</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::StaticStacProvider</name>
    <message>
        <location filename="../modules/catalog/src/staticstacprovider.cpp" line="-81"/>
        <source>This is not a STAC catalogue (no links)</source>
        <translation>Ce n&apos;est pas un catalogue STAC (pas de links)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Static catalogue: crawled and filtered on this computer</source>
        <translation>Catalogue statique : parcouru et filtré sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::ThreddsProvider</name>
    <message>
        <location filename="../modules/catalog/src/threddsprovider.cpp" line="-89"/>
        <source>The server answered with an HTML page instead of a THREDDS catalog</source>
        <translation>Le serveur a répondu par une page HTML au lieu d&apos;un catalogue THREDDS</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>text is matched against dataset names; child catalogs are read up to %1 levels deep</source>
        <translation>le texte est comparé aux noms des jeux de données ; les catalogues enfants sont lus jusqu&apos;à %1 niveaux de profondeur</translation>
    </message>
</context>
<context>
    <name>Estran::Catalog::Xml</name>
    <message>
        <location filename="../modules/catalog/src/xmlsupport.cpp" line="+135"/>
        <source>The server&apos;s answer is not well-formed XML (line %1, column %2)</source>
        <translation>La réponse du serveur n&apos;est pas du XML bien formé (ligne %1, colonne %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer contains no XML document</source>
        <translation>La réponse du serveur ne contient aucun document XML</translation>
    </message>
</context>
<context>
    <name>Estran::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+37"/>
        <source>Usage: estran-cli &lt;command&gt; [options]

Commands:
  info PATH [--json]                     Describe a dataset: variables, times, extent
  sample PATH --var NAME --lon X --lat Y [--time ISO] [--depth Z] [--json]
                                         Value at the cell nearest to a point
  demo --out FILE [--days N] [--resolution DEG]
                                         Write the synthetic sea-surface-temperature file
  render ...                             Render a map to an image (offscreen)
  search --provider TYPE:URL [--bbox W,S,E,N] [--time START/END] [--text WORDS]
         [--collection ID]... [--max N] [--json]
                                         Search catalogues (STAC, OpenSearch, CSW, ...)
  get URL... [--out DIR]                 Download with resume and checksum
  subset PATH --var NAME... [--bbox W,S,E,N] [--time START/END] [--depth MIN/MAX] --out FILE
                                         Export a subset to .nc, .tif or .csv
  remote submit [--profile FILE] (--script JOB.sh | --recipe NAME [--param K=V]...) [--follow]
         [--fetch DIR] [--json]
  remote follow|status|cancel KEY, remote list, remote recipes
                                         Run jobs and recipes, follow them, bring results back
  plugins [--load] [--json]              List plugins (readers, catalogue providers), the
                                         folders searched and the files that cannot be used

Run &apos;estran-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Utilisation : estran-cli &lt;commande&gt; [options]

Commandes :
  info CHEMIN [--json]                   Décrire un jeu de données : variables, dates, emprise
  sample CHEMIN --var NOM --lon X --lat Y [--time ISO] [--depth Z] [--json]
                                         Valeur de la maille la plus proche d&apos;un point
  demo --out FICHIER [--days N] [--resolution DEG]
                                         Écrire le fichier synthétique de température de surface
  render ...                             Dessiner une carte dans une image (hors écran)
  search --provider TYPE:URL [--bbox O,S,E,N] [--time DÉBUT/FIN] [--text MOTS]
         [--collection ID]... [--max N] [--json]
                                         Chercher dans des catalogues (STAC, OpenSearch, CSW…)
  get URL... [--out DOSSIER]             Télécharger avec reprise et somme de contrôle
  subset CHEMIN --var NOM... [--bbox O,S,E,N] [--time DÉBUT/FIN] [--depth MIN/MAX] --out FICHIER
                                         Exporter un sous-ensemble en .nc, .tif ou .csv
  remote submit [--profile FICHIER] (--script TÂCHE.sh | --recipe NOM [--param K=V]...) [--follow]
         [--fetch DOSSIER] [--json]
  remote follow|status|cancel CLÉ, remote list, remote recipes
                                         Lancer des tâches et des recettes, les suivre, rapatrier les résultats
  plugins [--load] [--json]              Lister les greffons (lecteurs, fournisseurs de
                                         catalogue), les dossiers parcourus et les fichiers
                                         inutilisables

Lancez « estran-cli &lt;commande&gt; --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>estran-cli render: the render command is not built in this version</source>
        <translation>estran-cli render : la commande render n&apos;est pas compilée dans cette version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>estran-cli: unknown command &quot;%1&quot;</source>
        <translation>estran-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="+24"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="+40"/>
        <source>Render one horizontal slice of a variable to an image, without a display. The time is the nearest step to --time, the level the nearest to --depth.</source>
        <translation>Dessiner une tranche horizontale d&apos;une variable dans une image, sans écran. Le pas de temps est le plus proche de --time, le niveau le plus proche de --depth.</translation>
    </message>
    <message>
        <location filename="../app/cli/samplecommand.cpp" line="+31"/>
        <source>Print the value of a variable at the cell nearest to a point. Longitudes are compared modulo 360; the time is the nearest step, the depth the nearest level.</source>
        <translation>Afficher la valeur d&apos;une variable dans la maille la plus proche d&apos;un point. Les longitudes sont comparées modulo 360 ; la date est le pas le plus proche, la profondeur le niveau le plus proche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/rendercommand.cpp" line="+2"/>
        <source>Dataset file.</source>
        <translation>Fichier de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/rendercommand.cpp" line="+1"/>
        <source>Variable name (full path in groups).</source>
        <translation>Nom de la variable (chemin complet dans les groupes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude in degrees east.</source>
        <translation>Longitude en degrés est.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude in degrees north.</source>
        <translation>Latitude en degrés nord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/rendercommand.cpp" line="+3"/>
        <source>Date YYYY-MM-DD[THH:MM:SS] in the variable&apos;s calendar.</source>
        <translation>Date AAAA-MM-JJ[THH:MM:SS] dans le calendrier de la variable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/rendercommand.cpp" line="+2"/>
        <source>Vertical level value.</source>
        <translation>Valeur du niveau vertical.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--var, --lon and --lat are required</source>
        <translation>--var, --lon et --lat sont obligatoires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lon is not a number: %1</source>
        <translation>--lon n&apos;est pas un nombre : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lat must be a number in [-90, 90]: %1</source>
        <translation>--lat doit être un nombre dans [-90, 90] : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The variable has no longitudes and latitudes to sample at</source>
        <translation>La variable n&apos;a pas de longitudes ni de latitudes où échantillonner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The point %1, %2 is outside the variable&apos;s grid</source>
        <translation>Le point %1, %2 est hors de la grille de la variable</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no value (fill, missing or invalid)</source>
        <translation>pas de valeur (remplissage, manquante ou invalide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at lon %1, lat %2</source>
        <translation>à lon %1, lat %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>time %1</source>
        <translation>date %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="+4"/>
        <source>Map projection: %1 (default platecarree).</source>
        <translation>Projection cartographique : %1 (par défaut platecarree).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour map (default viridis; append _r to reverse).</source>
        <translation>Palette de couleurs (par défaut viridis ; ajoutez _r pour l&apos;inverser).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour range: --range MIN MAX (default: the slice&apos;s).</source>
        <translation>Plage de couleurs : --range MIN MAX (par défaut : celle de la tranche).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image size (default 1200x700).</source>
        <translation>Taille de l&apos;image (par défaut 1200x700).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (default: variable, time and level).</source>
        <translation>Titre (par défaut : variable, date et niveau).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not draw coastlines.</source>
        <translation>Ne pas dessiner les côtes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not draw meridians and parallels.</source>
        <translation>Ne pas dessiner les méridiens et les parallèles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not draw the colour bar.</source>
        <translation>Ne pas dessiner la barre de couleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output image (.png).</source>
        <translation>Image de sortie (.png).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Central longitude of the projection in degrees (e.g. 180 for a Pacific-centred map).</source>
        <translation>Longitude centrale de la projection en degrés (par exemple 180 pour une carte centrée sur le Pacifique).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also draw lake shores.</source>
        <translation>Dessiner aussi les rives des lacs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the time of each stage on stderr.</source>
        <translation>Afficher la durée de chaque étape sur stderr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>--range needs two numbers: MIN MAX</source>
        <translation>--range attend deux nombres : MIN MAX</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="+58"/>
        <source>(map)</source>
        <translation>(carte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      time: %1 .. %2, %3 steps, %4 calendar</source>
        <translation>      temps : %1 .. %2, %3 pas, calendrier %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Describe a dataset: format, variables with dimensions, units and times, extent.</source>
        <translation>Décrire un jeu de données : format, variables avec dimensions, unités et dates, emprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File (or Zarr directory) to describe.</source>
        <translation>Fichier (ou dossier Zarr) à décrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/samplecommand.cpp" line="-91"/>
        <location filename="../app/cli/pluginscommand.cpp" line="+129"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/samplecommand.cpp" line="+4"/>
        <location filename="../app/cli/rendercommand.cpp" line="-24"/>
        <source>expected one PATH</source>
        <translation>un CHEMIN attendu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>path:   %1</source>
        <translation>chemin :  %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format: %1</source>
        <translation>format :  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bbox:   west %1, south %2, east %3, north %4</source>
        <translation>emprise : ouest %1, sud %2, est %3, nord %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bbox:   none (no geolocated variable)</source>
        <translation>emprise : aucune (pas de variable géolocalisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variables (%1):</source>
        <translation>variables (%1) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>      warning: %1</source>
        <translation>      avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="+2"/>
        <source>--var and --out are required</source>
        <translation>--var et --out sont obligatoires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--lon0 must be a number of degrees: %1</source>
        <translation>--lon0 doit être un nombre de degrés : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--range: MAX must be greater than MIN</source>
        <translation>--range : MAX doit être supérieur à MIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size must be WxH with 64..16384 pixels: %1</source>
        <translation>--size doit être LxH avec 64..16384 pixels : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/samplecommand.cpp" line="+11"/>
        <location filename="../app/cli/rendercommand.cpp" line="+5"/>
        <source>--depth is not a number: %1</source>
        <translation>--depth n&apos;est pas un nombre : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="+5"/>
        <source>unsupported image format: %1</source>
        <translation>format d&apos;image non pris en charge : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/samplecommand.cpp" line="+9"/>
        <location filename="../app/cli/rendercommand.cpp" line="+18"/>
        <source>No variable named &quot;%1&quot;</source>
        <translation>Aucune variable nommée « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="+5"/>
        <source>The variable has no horizontal lon/lat plane to map</source>
        <translation>La variable n&apos;a pas de plan horizontal lon/lat à cartographier</translation>
    </message>
    <message>
        <location filename="../app/cli/samplecommand.cpp" line="+30"/>
        <location filename="../app/cli/rendercommand.cpp" line="+17"/>
        <source>The time axis has no calendar; give --time as a number in its units</source>
        <translation>L&apos;axe de temps n&apos;a pas de calendrier ; donnez --time comme un nombre dans ses unités</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="+42"/>
        <location line="+12"/>
        <source>Cannot write the image</source>
        <translation>Impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot encode the image</source>
        <translation>Impossible d&apos;encoder l&apos;image</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+19"/>
        <source>Write a synthetic global sea-surface-temperature netCDF-4 file (CF conventions) for demonstrations and benchmarks.</source>
        <translation>Écrire un fichier netCDF-4 synthétique de température de surface de la mer sur le globe (conventions CF) pour les démonstrations et les mesures de performance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of daily steps (default 365).</source>
        <translation>Nombre de pas journaliers (365 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid spacing in degrees (default 0.25).</source>
        <translation>Pas de la grille en degrés (0,25 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not print progress.</source>
        <translation>Ne pas afficher la progression.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/subsetcommand.cpp" line="+56"/>
        <source>--out FILE is required</source>
        <translation>--out FICHIER est obligatoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--days must be a whole number from 1 to 100000</source>
        <translation>--days doit être un nombre entier de 1 à 100000</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--resolution must be between 0.01 and 10 degrees</source>
        <translation>--resolution doit être compris entre 0,01 et 10 degrés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="+118"/>
        <source>Search catalogues; with several --provider the query runs on all of them at once.
TYPE is one of: %1.</source>
        <translation>Chercher dans des catalogues ; avec plusieurs --provider, la requête les interroge tous à la fois.
TYPE est l&apos;un de : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue to search, as TYPE:URL (repeatable).</source>
        <translation>Catalogue à interroger, sous la forme TYPE:URL (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE:URL</source>
        <translation>TYPE:URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/subsetcommand.cpp" line="-14"/>
        <source>Area W,S,E,N in degrees (W &gt; E crosses the antimeridian).</source>
        <translation>Zone O,S,E,N en degrés (O &gt; E traverse l&apos;antiméridien).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/subsetcommand.cpp" line="+0"/>
        <location filename="../app/cli/remotecommand.cpp" line="+242"/>
        <source>W,S,E,N</source>
        <translation>O,S,E,N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period START/END (ISO 8601; &apos;..&apos; leaves an end open).</source>
        <translation>Période DÉBUT/FIN (ISO 8601 ; « .. » laisse une borne ouverte).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/subsetcommand.cpp" line="+5"/>
        <location filename="../app/cli/remotecommand.cpp" line="+2"/>
        <source>START/END</source>
        <translation>DÉBUT/FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text.</source>
        <translation>Texte libre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WORDS</source>
        <translation>MOTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection id (repeatable).</source>
        <translation>Identifiant de collection (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after N items per catalogue (default 100).</source>
        <translation>S&apos;arrêter après N éléments par catalogue (100 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/remotecommand.cpp" line="+11"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/remotecommand.cpp" line="+6"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CQL2 filter for STAC APIs, e.g. &quot;eo:cloud_cover &lt; 20 and platform = &apos;sentinel-2a&apos;&quot; (repeatable: joined with and).</source>
        <translation>Filtre CQL2 pour les API STAC, par ex. « eo:cloud_cover &lt; 20 and platform = &apos;sentinel-2a&apos; » (répétable : combinés par and).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the properties the catalogue can filter on (for the --collection given) and exit.</source>
        <translation>Affiche les propriétés sur lesquelles le catalogue peut filtrer (pour la --collection donnée) et s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--provider TYPE:URL is required</source>
        <translation>--provider TYPE:URL est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max needs a positive number</source>
        <translation>--max attend un nombre positif</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/subsetcommand.cpp" line="+17"/>
        <source>--bbox must be W,S,E,N with S &lt;= N, latitudes within ±90</source>
        <translation>--bbox doit être O,S,E,N avec S &lt;= N et des latitudes dans ±90</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--time must be START/END in ISO 8601</source>
        <translation>--time doit être DÉBUT/FIN en ISO 8601</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--time starts after it ends</source>
        <translation>--time commence après sa fin</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+97"/>
        <source>--provider must be TYPE:URL, got &quot;%1&quot;</source>
        <translation>--provider doit être TYPE:URL, reçu « %1 »</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 items shown, %2 matched</source>
        <translation>%1 éléments affichés, %2 correspondances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items shown</source>
        <translation>%1 éléments affichés</translation>
    </message>
    <message>
        <location filename="../app/cli/getcommand.cpp" line="+26"/>
        <source>Download files: resumed from a previous partial download, written atomically, verified against a checksum when one is given or the server sends Content-MD5.</source>
        <translation>Télécharger des fichiers : reprise d&apos;un téléchargement partiel précédent, écriture atomique, vérification d&apos;une somme de contrôle si elle est fournie ou si le serveur envoie Content-MD5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to save into (default: current folder).</source>
        <translation>Dossier d&apos;enregistrement (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/remotecommand.cpp" line="-9"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected digest: a STAC file:checksum multihash or ALGO:HEX (single URL only).</source>
        <translation>Empreinte attendue : un multihash STAC file:checksum ou ALGO:HEX (une seule URL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIGEST</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra request header, e.g. &quot;X-API-Key: KEY&quot; for CNES GEODES (repeatable).</source>
        <translation>En-tête de requête supplémentaire, par exemple « X-API-Key: CLÉ » pour GEODES du CNES (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME: VALUE</source>
        <translation>NOM: VALEUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (HTTP, HTTPS, FTP, or s3://bucket/key with GDAL&apos;s AWS_* environment variables: AWS_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_NO_SIGN_REQUEST).</source>
        <translation>Ce qu&apos;il faut télécharger (HTTP, HTTPS, FTP, ou s3://compartiment/clé avec les variables d&apos;environnement AWS_* de GDAL : AWS_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_NO_SIGN_REQUEST).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at least one URL</source>
        <translation>donnez au moins une URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder does not exist</source>
        <translation>Le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--checksum applies to a single URL</source>
        <translation>--checksum ne s&apos;applique qu&apos;à une seule URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--header must be &quot;NAME: VALUE&quot;, got &quot;%1&quot;</source>
        <translation>--header doit être « NOM: VALEUR », reçu « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(resumed from %1 bytes)</source>
        <translation>(repris à partir de %1 octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(checksum verified)</source>
        <translation>(somme de contrôle vérifiée)</translation>
    </message>
    <message>
        <location filename="../app/cli/subsetcommand.cpp" line="-26"/>
        <source>Cut variables × area × period × depth out of a dataset and write them as CF netCDF-4 (.nc), GeoTIFF with a band per step (.tif) or a CSV time series (.csv: the nearest cell for a point box W=E,S=N, else the area mean). A cell is inside the box when its centre is, edges included.</source>
        <translation>Découper variables × zone × période × profondeur dans un jeu de données et les écrire en netCDF-4 CF (.nc), en GeoTIFF avec une bande par pas (.tif) ou en série temporelle CSV (.csv : la maille la plus proche pour une boîte ponctuelle O=E,S=N, sinon la moyenne sur la zone). Une maille est dans la boîte quand son centre y est, bords compris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variable to export (repeatable).</source>
        <translation>Variable à exporter (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/remotecommand.cpp" line="-13"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area as a polygon &quot;LON LAT, LON LAT, ...&quot; (at least three vertices) instead of --bbox: its bounding box is written, cells outside the ring as fill.</source>
        <translation>Zone en polygone « LON LAT, LON LAT, ... » (au moins trois sommets) au lieu de --bbox : son rectangle englobant est écrit, les mailles hors de l&apos;anneau comme valeurs manquantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RING</source>
        <translation>ANNEAU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period START/END in the data&apos;s calendar.</source>
        <translation>Période DÉBUT/FIN dans le calendrier des données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical range MIN/MAX in the axis&apos; units.</source>
        <translation>Plage verticale MIN/MAX dans les unités de l&apos;axe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MIN/MAX</source>
        <translation>MIN/MAX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file: .nc, .tif or .csv.</source>
        <translation>Fichier de sortie : .nc, .tif ou .csv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/remotecommand.cpp" line="-17"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset to read.</source>
        <translation>Jeu de données à lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give exactly one PATH</source>
        <translation>donnez exactement un CHEMIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--var NAME is required</source>
        <translation>--var NOM est obligatoire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give --bbox or --polygon, not both</source>
        <translation>donnez --bbox ou --polygon, pas les deux</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/remotecommand.cpp" line="+77"/>
        <source>--time must be START/END</source>
        <translation>--time doit être DÉBUT/FIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--depth must be MIN/MAX</source>
        <translation>--depth doit être MIN/MAX</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 × %3 cells, %4 steps, %5 MB before compression</source>
        <translation>%1 : %2 × %3 mailles, %4 pas, %5 Mo avant compression</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommand.cpp" line="-170"/>
        <source>result: %1</source>
        <translation>résultat : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The job ended %1</source>
        <translation>La tâche s&apos;est terminée : %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+73"/>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>stopped following; job %1 keeps running (follow it again with: estran-cli remote follow %1)</source>
        <translation>suivi arrêté ; la tâche %1 continue (pour la suivre à nouveau : estran-cli remote follow %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; trying again in %2 s</source>
        <translation>%1 ; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection restored</source>
        <translation>connexion rétablie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No such job in the journal (%1)</source>
        <translation>Aucune tâche de ce nom dans le journal (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>, required</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run jobs where a profile says (this computer, Slurm, PBS Pro) and follow them.
Actions: submit, follow KEY, status KEY, cancel KEY, list, recipes.
Every job is recorded in the job journal, shared with the application.</source>
        <translation>Lancer des tâches là où le dit un profil (cet ordinateur, Slurm, PBS Pro) et les suivre.
Actions : submit, follow CLÉ, status CLÉ, cancel CLÉ, list, recipes.
Chaque tâche est inscrite dans le journal des tâches, partagé avec l&apos;application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile file (JSON, see docs/remote-profiles.md); &quot;local&quot; or none: this computer.</source>
        <translation>Fichier de profil (JSON, voir docs/remote-profiles.md) ; « local » ou rien : cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job script to run (bash).</source>
        <translation>Script de la tâche à exécuter (bash).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB.sh</source>
        <translation>TÂCHE.sh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipe to run (see: remote recipes).</source>
        <translation>Recette à exécuter (voir : remote recipes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recipe parameter (repeatable).</source>
        <translation>Un paramètre de la recette (répétable).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected area for the recipe&apos;s area parameters.</source>
        <translation>Zone sélectionnée, pour les paramètres de zone de la recette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected period for the recipe&apos;s period parameters.</source>
        <translation>Période sélectionnée, pour les paramètres de période de la recette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected variable for the recipe&apos;s variable parameters.</source>
        <translation>Variable sélectionnée, pour les paramètres de variable de la recette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the job&apos;s output as it is written; exit 0 only if the job completed.</source>
        <translation>Afficher la sortie de la tâche au fur et à mesure ; ne sortir avec 0 que si la tâche a abouti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring files written to $ESTRAN_OUTPUT_DIR into DIR as each is completed (default: a folder named after the job in the current folder).</source>
        <translation>Rapatrier dans DOSSIER chaque fichier écrit dans $ESTRAN_OUTPUT_DIR dès qu&apos;il est terminé (par défaut : un dossier au nom de la tâche dans le dossier courant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slurm partition or PBS queue (default: the profile&apos;s).</source>
        <translation>Partition Slurm ou file PBS (par défaut : celle du profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs for the job (default: the recipe&apos;s, or 1).</source>
        <translation>Processeurs pour la tâche (par défaut : ceux de la recette, ou 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory for the job in MB (default: the recipe&apos;s, or the scheduler&apos;s).</source>
        <translation>Mémoire pour la tâche en Mo (par défaut : celle de la recette, ou celle de l&apos;ordonnanceur).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit of the job (default: the recipe&apos;s, or the scheduler&apos;s).</source>
        <translation>Durée maximale de la tâche (par défaut : celle de la recette, ou celle de l&apos;ordonnanceur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submit, follow, status, cancel, list or recipes</source>
        <translation>submit, follow, status, cancel, list ou recipes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>submit needs either --script JOB.sh or --recipe NAME</source>
        <translation>submit demande soit --script TÂCHE.sh soit --recipe NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--param goes with --recipe</source>
        <translation>--param va avec --recipe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such recipe (estran-cli remote recipes lists them)</source>
        <translation>Aucune recette de ce nom (estran-cli remote recipes les énumère)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--param must be NAME=VALUE: %1</source>
        <translation>--param doit être NOM=VALEUR : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--bbox must be W,S,E,N in degrees</source>
        <translation>--bbox doit être O,S,E,N en degrés</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--%1 must be a whole number of at least %2: %3</source>
        <translation>--%1 doit être un nombre entier valant au moins %2 : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>job %1 submitted as %2 (follow it again with: estran-cli remote follow %1)</source>
        <translation>tâche %1 soumise sous le numéro %2 (pour la suivre à nouveau : estran-cli remote follow %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a job KEY</source>
        <translation>%1 demande la CLÉ d&apos;une tâche</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>unknown action &quot;%1&quot;: use submit, follow, status, cancel, list or recipes</source>
        <translation>action inconnue « %1 » : utilisez submit, follow, status, cancel, list ou recipes</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Cannot read the script</source>
        <translation>Impossible de lire le script</translation>
    </message>
    <message>
        <location filename="../app/cli/pluginscommand.cpp" line="-73"/>
        <source>from ESTRAN_PLUGIN_PATH</source>
        <translation>de ESTRAN_PLUGIN_PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your plugin folder</source>
        <translation>votre dossier de greffons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estran&apos;s own plugins</source>
        <translation>les greffons d&apos;Estran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, does not exist</source>
        <translation>, n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>failed to load: %1</source>
        <translation>échec du chargement : %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not loaded yet (loaded when a file needs it)</source>
        <translation>pas encore chargé (chargé quand un fichier en a besoin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not loaded yet (loaded when a catalogue of its types is used)</source>
        <translation>pas encore chargé (chargé quand un catalogue de ses types est utilisé)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>List the plugins (readers and catalogue providers): the folders searched, every plugin found with its state, and the plugin files that cannot be used, with the reason.</source>
        <translation>Lister les greffons (lecteurs et fournisseurs de catalogue) : les dossiers parcourus, chaque greffon trouvé avec son état, et les fichiers de greffon inutilisables, avec la raison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load every reader plugin now to check that it works (otherwise a plugin is loaded only when a file needs it).</source>
        <translation>Charger tous les greffons de lecture maintenant pour vérifier qu&apos;ils fonctionnent (sinon un greffon n&apos;est chargé que quand un fichier en a besoin).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Plugin folders, in search order (the first plugin of an id wins):</source>
        <translation>Dossiers de greffons, dans l&apos;ordre de recherche (le premier greffon d&apos;un identifiant l&apos;emporte) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reader plugins (%1):</source>
        <translation>Greffons de lecture (%1) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+14"/>
        <source>      state:    %1</source>
        <translation>      état :    %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>      file:     %1</source>
        <translation>      fichier : %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>suffixes %1</source>
        <translation>suffixes %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefixes %1</source>
        <translation>préfixes %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fallback for unrecognised files</source>
        <translation>repli pour les fichiers non reconnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      opens:    %1</source>
        <translation>      ouvre :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      brings:   %1</source>
        <translation>      apporte : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue provider plugins (%1):</source>
        <translation>Greffons de fournisseur de catalogue (%1) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>      types:    %1</source>
        <translation>      types :   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin files that cannot be used (%1):</source>
        <translation>Fichiers de greffon inutilisables (%1) :</translation>
    </message>
</context>
<context>
    <name>Estran::Data</name>
    <message>
        <location filename="../modules/data/src/netcdfdataset.cpp" line="+760"/>
        <source>Time index %1 is outside 0..%2</source>
        <translation>L&apos;indice de temps %1 est hors de 0..%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level index %1 is outside 0..%2</source>
        <translation>L&apos;indice de niveau %1 est hors de 0..%2</translation>
    </message>
    <message>
        <location filename="../modules/data/src/netcdfreader.cpp" line="+15"/>
        <source>netCDF (CF conventions)</source>
        <translation>netCDF (conventions CF)</translation>
    </message>
    <message>
        <location filename="../modules/data/src/demogenerator.cpp" line="+174"/>
        <source>Cannot create the file</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot define the file&apos;s structure</source>
        <translation>Impossible de définir la structure du fichier</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cannot write the coordinates</source>
        <translation>Impossible d&apos;écrire les coordonnées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write day %1</source>
        <translation>Impossible d&apos;écrire le jour %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot finish the file</source>
        <translation>Impossible de terminer le fichier</translation>
    </message>
    <message>
        <location filename="../modules/data/src/hdf5reader.cpp" line="+13"/>
        <source>HDF5</source>
        <translation>HDF5</translation>
    </message>
    <message>
        <location filename="../plugins/gdal/gdalreader.cpp" line="+73"/>
        <source>GDAL (GeoTIFF, COG, GRIB, Zarr, ...)</source>
        <translation>GDAL (GeoTIFF, COG, GRIB, Zarr…)</translation>
    </message>
    <message>
        <location filename="../modules/data/src/xarraysnippet.cpp" line="+135"/>
        <source>no variable selected</source>
        <translation>aucune variable sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such variable</source>
        <translation>variable inexistante</translation>
    </message>
    <message>
        <location filename="../modules/data/src/plugincatalog.cpp" line="+28"/>
        <location line="+3"/>
        <source>Bad plugin metadata: &quot;%1&quot; must be a list of texts</source>
        <translation>Métadonnées de greffon incorrectes : « %1 » doit être une liste de textes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bad plugin metadata: &quot;fallback&quot; must be true or false</source>
        <translation>Métadonnées de greffon incorrectes : « fallback » doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad plugin metadata: no &quot;suffixes&quot;, &quot;prefixes&quot; or &quot;fallback&quot;, so no file would ever load it</source>
        <translation>Métadonnées de greffon incorrectes : ni « suffixes », ni « prefixes », ni « fallback », aucun fichier ne le chargerait donc jamais</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plugin object does not implement the reader interface</source>
        <translation>L&apos;objet du greffon n&apos;implémente pas l&apos;interface de lecteur</translation>
    </message>
    <message>
        <location filename="../modules/data/src/gdalbridge.cpp" line="+60"/>
        <source>The &quot;gdal&quot; plugin does not offer GDAL&apos;s services</source>
        <translation>Le greffon « gdal » n&apos;offre pas les services de GDAL</translation>
    </message>
    <message>
        <location filename="../modules/data/src/readerregistry.cpp" line="+32"/>
        <source>The plugin &quot;%1&quot; (%2), made for such files, cannot be loaded: %3</source>
        <translation>Le greffon « %1 » (%2), prévu pour ces fichiers, ne peut pas être chargé : %3</translation>
    </message>
</context>
<context>
    <name>Estran::Data::DemoGenerator</name>
    <message>
        <location filename="../modules/data/src/demogenerator.cpp" line="+11"/>
        <source>Invalid demo options (resolution %1°, %2 days)</source>
        <translation>Options de démonstration invalides (résolution %1°, %2 jours)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder does not exist</source>
        <translation>Le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot move the finished file into place</source>
        <translation>Impossible de mettre le fichier terminé à sa place</translation>
    </message>
</context>
<context>
    <name>Estran::Data::Hdf5ChunkPlaneReader</name>
    <message>
        <location filename="../modules/data/src/hdf5chunkplanereader.cpp" line="+182"/>
        <location line="+20"/>
        <source>A compressed chunk is corrupt</source>
        <translation>Un bloc compressé est corrompu</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot initialise the deflate decoder</source>
        <translation>Impossible d&apos;initialiser le décodeur deflate</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A chunk has an unexpected size</source>
        <translation>Un bloc a une taille inattendue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid plane request</source>
        <translation>Demande de plan invalide</translation>
    </message>
</context>
<context>
    <name>Estran::Data::ReaderRegistry</name>
    <message>
        <location filename="../modules/data/src/readerregistry.cpp" line="+84"/>
        <source>No file given</source>
        <translation>Aucun fichier indiqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty (0 bytes)</source>
        <translation>Le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a regular file</source>
        <translation>Pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a recognised data format (a directory that is not a Zarr store)</source>
        <translation>Format de données non reconnu (un dossier qui n&apos;est pas un magasin Zarr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a recognised data format</source>
        <translation>Format de données non reconnu</translation>
    </message>
</context>
<context>
    <name>Estran::Data::SubsetExporter</name>
    <message>
        <location filename="../modules/data/src/subsetexporter.cpp" line="+30"/>
        <source>Unknown output format: use .nc (netCDF-4), .tif (GeoTIFF) or .csv</source>
        <translation>Format de sortie inconnu : utilisez .nc (netCDF-4), .tif (GeoTIFF) ou .csv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The output folder does not exist</source>
        <translation>Le dossier de sortie n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot move the finished file into place</source>
        <translation>Impossible de mettre le fichier terminé à sa place</translation>
    </message>
</context>
<context>
    <name>Estran::Data::SubsetPlan</name>
    <message>
        <location filename="../modules/data/src/subsetplan.cpp" line="+70"/>
        <source>No variable selected</source>
        <translation>Aucune variable sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No variable &quot;%1&quot; in this dataset</source>
        <translation>Pas de variable « %1 » dans ce jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable &quot;%1&quot; has no lon/lat grid to subset</source>
        <translation>La variable « %1 » n&apos;a pas de grille lon/lat à découper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; and &quot;%2&quot; are on different grids; export them separately</source>
        <translation>« %1 » et « %2 » sont sur des grilles différentes ; exportez-les séparément</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The polygon needs at least three vertices</source>
        <translation>Le polygone demande au moins trois sommets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The box&apos;s south edge is north of its north edge</source>
        <translation>Le bord sud de la boîte est au nord de son bord nord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The point %1, %2 lies outside the grid</source>
        <translation>Le point %1, %2 est hors de la grille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The polygon contains no cell centre of the grid</source>
        <translation>Le polygone ne contient aucun centre de maille de la grille</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The area %1 contains no cell of the grid</source>
        <translation>La zone %1 ne contient aucune maille de la grille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time axis has no units, so a period cannot be applied</source>
        <translation>L&apos;axe de temps n&apos;a pas d&apos;unités : impossible d&apos;appliquer une période</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The period %1 – %2 contains no time step (the data covers %3 – %4)</source>
        <translation>La période %1 – %2 ne contient aucun pas de temps (les données couvrent %3 – %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The depth range contains no level of &quot;%1&quot;</source>
        <translation>La plage de profondeur ne contient aucun niveau de « %1 »</translation>
    </message>
</context>
<context>
    <name>Estran::Data::WebBasemap</name>
    <message>
        <location filename="../modules/data/src/webbasemap.cpp" line="+32"/>
        <source>A tile URL needs {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Une URL de tuiles doit contenir {z}, {x} et {y}, par ex. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the basemap cache folder</source>
        <translation>Impossible de créer le dossier de cache du fond de carte</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail</name>
    <message>
        <location filename="../modules/data/src/filecheck.cpp" line="+95"/>
        <location line="+127"/>
        <source>The file is truncated: %1 bytes of %2 are present</source>
        <translation>Le fichier est tronqué : %1 octets présents sur %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file is truncated: its netCDF header is incomplete</source>
        <translation>Le fichier est tronqué : son en-tête netCDF est incomplet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>text beginning &quot;%1&quot;</source>
        <translation>du texte commençant par « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data beginning %1</source>
        <translation>des données binaires commençant par %1</translation>
    </message>
    <message>
        <location filename="../modules/data/src/geotiffsubsetwriter.cpp" line="+55"/>
        <source>GeoTIFF export needs a regular longitude/latitude grid; export to netCDF instead</source>
        <translation>L&apos;export GeoTIFF exige une grille longitude/latitude régulière ; exportez plutôt en netCDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GeoTIFF export needs evenly spaced longitudes and latitudes; export to netCDF instead</source>
        <translation>L&apos;export GeoTIFF exige des longitudes et des latitudes régulièrement espacées ; exportez plutôt en netCDF</translation>
    </message>
    <message>
        <location filename="../plugins/gdal/gdalgeotiffwriter.cpp" line="+85"/>
        <source>Cannot create the GeoTIFF file</source>
        <translation>Impossible de créer le fichier GeoTIFF</translation>
    </message>
    <message>
        <location filename="../modules/data/src/csvsubsetwriter.cpp" line="+58"/>
        <location line="+16"/>
        <source>Cannot write the CSV file</source>
        <translation>Impossible d&apos;écrire le fichier CSV</translation>
    </message>
    <message>
        <location filename="../plugins/gdal/gdalwebbasemap.cpp" line="+55"/>
        <source>Cannot open the tile server</source>
        <translation>Impossible d&apos;ouvrir le serveur de tuiles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The tiles could not be fetched</source>
        <translation>Les tuiles n&apos;ont pas pu être téléchargées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tiles could not be read</source>
        <translation>Les tuiles n&apos;ont pas pu être lues</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail::GdalDataset</name>
    <message>
        <location filename="../plugins/gdal/gdaldataset.cpp" line="+61"/>
        <source>GDAL cannot open the file</source>
        <translation>GDAL ne peut pas ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file has no raster bands</source>
        <translation>Le fichier n&apos;a aucune bande raster</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>No variable named &quot;%1&quot;</source>
        <translation>Aucune variable nommée « %1 »</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot read band %1</source>
        <translation>Impossible de lire la bande %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Step %1 / band %2 does not exist</source>
        <translation>Le pas %1 / la bande %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cell index out of range</source>
        <translation>Indice de maille hors limites</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail::GdalGeoTiffWriter</name>
    <message>
        <location filename="../plugins/gdal/gdalgeotiffwriter.cpp" line="-45"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cannot write the GeoTIFF file</source>
        <translation>Impossible d&apos;écrire le fichier GeoTIFF</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail::GdalMultidimDataset</name>
    <message>
        <location filename="../plugins/gdal/gdalmultidimdataset.cpp" line="+62"/>
        <source>GDAL cannot open the multidimensional dataset</source>
        <translation>GDAL ne peut pas ouvrir le jeu de données multidimensionnel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dataset has no root group</source>
        <translation>Le jeu de données n&apos;a pas de groupe racine</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>No variable named &quot;%1&quot;</source>
        <translation>Aucune variable nommée « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variable %1 has no horizontal plane to read</source>
        <translation>La variable %1 n&apos;a pas de plan horizontal à lire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read array %1</source>
        <translation>Impossible de lire le tableau %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read variable %1</source>
        <translation>Impossible de lire la variable %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Step %1 / level %2 is outside the variable</source>
        <translation>Le pas %1 / le niveau %2 est hors de la variable</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+30"/>
        <source>Cell index out of range</source>
        <translation>Indice de maille hors limites</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail::Hdf5Dataset</name>
    <message>
        <location filename="../modules/data/src/hdf5dataset.cpp" line="+195"/>
        <source>Cannot open the HDF5 file; it may be damaged</source>
        <translation>Impossible d&apos;ouvrir le fichier HDF5 ; il est peut-être endommagé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the HDF5 group tree; the file is damaged</source>
        <translation>Impossible de lire l&apos;arborescence des groupes HDF5 ; le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>No dataset named &quot;%1&quot;</source>
        <translation>Aucun jeu de données nommé « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataset %1 has no two-dimensional plane to read</source>
        <translation>Le jeu de données %1 n&apos;a pas de plan à deux dimensions à lire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open dataset %1</source>
        <translation>Impossible d&apos;ouvrir le jeu de données %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read dataset %1</source>
        <translation>Impossible de lire le jeu de données %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Level index %1 is outside 0..%2</source>
        <translation>L&apos;indice de niveau %1 est hors de 0..%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cell index out of range</source>
        <translation>Indice de maille hors limites</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail::NetcdfDataset</name>
    <message>
        <location filename="../modules/data/src/netcdfdataset.cpp" line="-629"/>
        <source>Not a netCDF file, or the file is damaged</source>
        <translation>Pas un fichier netCDF, ou le fichier est endommagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The netCDF file is damaged or truncated</source>
        <translation>Le fichier netCDF est endommagé ou tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the netCDF file</source>
        <translation>Impossible d&apos;ouvrir le fichier netCDF</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot list the variables</source>
        <translation>Impossible de lister les variables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the description of variable %1</source>
        <translation>Impossible de lire la description de la variable %1</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Variable %1 is not numeric</source>
        <translation>La variable %1 n&apos;est pas numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read variable %1</source>
        <translation>Impossible de lire la variable %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot compute longitudes and latitudes from the grid mapping</source>
        <translation>Impossible de calculer les longitudes et les latitudes à partir du grid mapping</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+157"/>
        <source>No variable named &quot;%1&quot;</source>
        <translation>Aucune variable nommée « %1 »</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Variable %1 has no horizontal plane to map</source>
        <translation>La variable %1 n&apos;a pas de plan horizontal à cartographier</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Variable %1 has no horizontal plane to read</source>
        <translation>La variable %1 n&apos;a pas de plan horizontal à lire</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cannot read a slice of variable %1</source>
        <translation>Impossible de lire une tranche de la variable %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+34"/>
        <source>Cell (%1, %2) is outside the %3 × %4 grid</source>
        <translation>La maille (%1, %2) est hors de la grille %3 × %4</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot read a value of variable %1</source>
        <translation>Impossible de lire une valeur de la variable %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot read the time series of variable %1</source>
        <translation>Impossible de lire la série temporelle de la variable %1</translation>
    </message>
</context>
<context>
    <name>Estran::Geo</name>
    <message>
        <location filename="../modules/geo/src/projection.cpp" line="+36"/>
        <source>Plate carrée</source>
        <translation>Plate carrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator</source>
        <translation>Mercator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North polar stereographic</source>
        <translation>Stéréographique polaire nord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South polar stereographic</source>
        <translation>Stéréographique polaire sud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robinson</source>
        <translation>Robinson</translation>
    </message>
    <message>
        <location filename="../modules/geo/src/coastlines.cpp" line="+53"/>
        <source>Not a GSHHG binned shoreline file: variable %1 is missing</source>
        <translation>Pas un fichier de côtes GSHHG par cases : la variable %1 manque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GSHHG variable %1 is not one-dimensional</source>
        <translation>La variable GSHHG %1 n&apos;est pas unidimensionnelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read GSHHG variable %1</source>
        <translation>Impossible de lire la variable GSHHG %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GSHHG shoreline file not found (install gmt-gshhg-low or set ESTRAN_GSHHG_DIR)</source>
        <translation>Fichier de côtes GSHHG introuvable (installez gmt-gshhg-low ou définissez ESTRAN_GSHHG_DIR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the GSHHG shoreline file</source>
        <translation>Impossible d&apos;ouvrir le fichier de côtes GSHHG</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GSHHG shoreline file has inconsistent array sizes</source>
        <translation>Le fichier de côtes GSHHG a des tableaux de tailles incohérentes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GSHHG bin %1 points past the segment arrays</source>
        <translation>La case GSHHG %1 pointe au-delà des tableaux de segments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GSHHG segment %1 points past the point arrays</source>
        <translation>Le segment GSHHG %1 pointe au-delà des tableaux de points</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GSHHG shoreline file holds no shoreline segments</source>
        <translation>Le fichier de côtes GSHHG ne contient aucun segment de côte</translation>
    </message>
</context>
<context>
    <name>Estran::Geo::Projection</name>
    <message>
        <location filename="../modules/geo/src/projection.cpp" line="+124"/>
        <source>Unknown projection; expected one of: %1</source>
        <translation>Projection inconnue ; attendu l&apos;une de : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Central longitude %1 is out of range</source>
        <translation>La longitude centrale %1 est hors limites</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PROJ cannot create the projection</source>
        <translation>PROJ ne peut pas créer la projection</translation>
    </message>
</context>
<context>
    <name>Estran::Gui</name>
    <message>
        <location filename="../modules/gui/src/cellreadout.cpp" line="+29"/>
        <location line="+9"/>
        <source>%1°%2</source>
        <translation>%1°%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2 (cell %3, %4)</source>
        <translation>%1 à %2 (maille %3, %4)</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/opendatasettask.cpp" line="+14"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/mapcontroller.cpp" line="+206"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/searchresultsmodel.cpp" line="+30"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/thumbnailcache.cpp" line="+20"/>
        <source>Loading quicklook</source>
        <translation>Chargement de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The quicklook is not a readable image</source>
        <translation>L&apos;aperçu n&apos;est pas une image lisible</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/gazetteer.cpp" line="+17"/>
        <source>North Atlantic</source>
        <translation>Atlantique Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Atlantic</source>
        <translation>Atlantique Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediterranean Sea</source>
        <translation>Mer Méditerranée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bay of Biscay</source>
        <translation>Golfe de Gascogne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Sea</source>
        <translation>Mer du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baltic Sea</source>
        <translation>Mer Baltique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English Channel</source>
        <translation>Manche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf of Mexico</source>
        <translation>Golfe du Mexique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Sea</source>
        <translation>Mer des Caraïbes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf of Guinea</source>
        <translation>Golfe de Guinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Ocean</source>
        <translation>Océan Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabian Sea</source>
        <translation>Mer d&apos;Arabie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bay of Bengal</source>
        <translation>Golfe du Bengale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red Sea</source>
        <translation>Mer Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black Sea</source>
        <translation>Mer Noire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Pacific</source>
        <translation>Pacifique Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Pacific</source>
        <translation>Pacifique Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coral Sea</source>
        <translation>Mer de Corail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasman Sea</source>
        <translation>Mer de Tasman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southern Ocean</source>
        <translation>Océan Austral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arctic Ocean</source>
        <translation>Océan Arctique</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/askpassprompter.cpp" line="+54"/>
        <source>ssh asked a question on the GUI thread; refused</source>
        <translation>ssh a posé une question sur le fil de l&apos;interface ; refusée</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/pluginscantask.cpp" line="+21"/>
        <source>Loading plugin %1</source>
        <translation>Chargement du greffon %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for plugins</source>
        <translation>Recherche des greffons</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::AskpassDialog</name>
    <message>
        <location filename="../modules/gui/src/askpassdialog.cpp" line="+25"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSH — %1</source>
        <translation>SSH — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection asks:</source>
        <translation>La connexion demande :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to &lt;b&gt;%1&lt;/b&gt; asks:</source>
        <translation>La connexion à &lt;b&gt;%1&lt;/b&gt; demande :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remember in the keychain</source>
        <translation>Retenir dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain (Secret Service), never in a file</source>
        <translation>Conservé dans le trousseau du système (Secret Service), jamais dans un fichier</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::AttributePanel</name>
    <message>
        <location filename="../modules/gui/src/attributepanel.cpp" line="+41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(type)</source>
        <translation>(type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(dimensions)</source>
        <translation>(dimensions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(time)</source>
        <translation>(temps)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2, %3 steps, %4 calendar</source>
        <translation>%1 à %2, %3 pas, calendrier %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Global attributes of %1</source>
        <translation>Attributs globaux de %1</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::CatalogDock</name>
    <message>
        <location filename="../modules/gui/src/catalogdock.cpp" line="+72"/>
        <source>Testing %1</source>
        <translation>Test de %1</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+508"/>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the selected catalogue what it supports (on a worker; the window stays usable)</source>
        <translation>Demander au catalogue sélectionné ce qu&apos;il prend en charge (en arrière-plan ; la fenêtre reste utilisable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore default catalogues</source>
        <translation>Rétablir les catalogues par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the catalogue list with Estran&apos;s defaults?</source>
        <translation>Remplacer la liste des catalogues par celle d&apos;Estran par défaut ?</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+175"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Reading the filterable fields</source>
        <translation>Lecture des champs filtrables</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>free text, e.g. sea surface temperature</source>
        <translation>texte libre, par exemple température de surface de la mer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collection ids, comma separated (optional)</source>
        <translation>identifiants de collections, séparés par des virgules (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>West longitude (degrees east; west &gt; east crosses the antimeridian)</source>
        <translation>Longitude ouest (degrés est ; ouest &gt; est traverse l&apos;antiméridien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South latitude (degrees north)</source>
        <translation>Latitude sud (degrés nord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East longitude (degrees east)</source>
        <translation>Longitude est (degrés est)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North latitude (degrees north)</source>
        <translation>Latitude nord (degrés nord)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The map shows nothing yet: there is no extent to use.</source>
        <translation>La carte n&apos;affiche encore rien : il n&apos;y a pas d&apos;emprise à utiliser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most this many results from each catalogue</source>
        <translation>Au plus ce nombre de résultats par catalogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max. per catalogue:</source>
        <translation>Max. par catalogue :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections:</source>
        <translation>Collections :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>The selection&apos;s polygon (%n vertices): STAC catalogues search with it, the others with its bounding box shown here</source>
        <translation>
            <numerusform>Le polygone de la sélection (%n sommet) : les catalogues STAC cherchent avec lui, les autres avec son rectangle englobant affiché ici</numerusform>
            <numerusform>Le polygone de la sélection (%n sommets) : les catalogues STAC cherchent avec lui, les autres avec son rectangle englobant affiché ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>done: %n item(s), some parts skipped</source>
        <translation>
            <numerusform>terminé : %n élément, certaines parties ignorées</numerusform>
            <numerusform>terminé : %n éléments, certaines parties ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No STAC catalogue is enabled</source>
        <translation>Aucun catalogue STAC n&apos;est activé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No enabled STAC catalogue lists its fields (see the log)</source>
        <translation>Aucun catalogue STAC activé ne liste ses champs (voir le journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of %1</source>
        <translation>Champs de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of %1 in %2</source>
        <translation>Champs de %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>cancelled after %n item(s)</source>
        <translation>
            <numerusform>annulé après %n élément</numerusform>
            <numerusform>annulé après %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="-89"/>
        <source>Searching… %n result(s) so far</source>
        <translation>
            <numerusform>Recherche… %n résultat pour l&apos;instant</numerusform>
            <numerusform>Recherche… %n résultats pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter search terms and press Search. Results stream in from every ticked catalogue.</source>
        <translation>Saisissez des termes et appuyez sur Rechercher. Les résultats arrivent au fil de l&apos;eau de chaque catalogue coché.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="-376"/>
        <source>From map</source>
        <translation>Depuis la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the extent the map view shows now</source>
        <translation>Utiliser l&apos;emprise affichée par la carte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>No catalogue is enabled: tick at least one under Catalogues.</source>
        <translation>Aucun catalogue n&apos;est activé : cochez-en au moins un sous Catalogues.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source> — %n catalogue(s) failed (see Catalogues)</source>
        <translation>
            <numerusform> — %n catalogue en échec (voir Catalogues)</numerusform>
            <numerusform> — %n catalogues en échec (voir Catalogues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Catalogues (%n failed)</source>
        <translation>
            <numerusform>Catalogues (%n en échec)</numerusform>
            <numerusform>Catalogues (%n en échec)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>API key of %1 stored in the system keychain</source>
        <translation>Clé d&apos;API de %1 enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>connected: %1</source>
        <translation>connecté : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the server answered</source>
        <translation>le serveur a répondu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Only http(s) assets can be opened in place; download this one instead</source>
        <translation>Seules les ressources http(s) s&apos;ouvrent sur place ; téléchargez plutôt celle-ci</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>netCDF/HDF5 files over plain HTTP cannot be opened in place: this build&apos;s netCDF library has no byte-range support; use the dataset&apos;s OPeNDAP link, or Download and open the file</source>
        <translation>Les fichiers netCDF/HDF5 en HTTP simple ne s&apos;ouvrent pas sur place : la bibliothèque netCDF de cette version ne gère pas les requêtes par plages d&apos;octets ; utilisez le lien OPeNDAP du jeu de données, ou Télécharger puis ouvrez le fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This asset (%1) is not a format Estran opens in place; use Download or Copy link</source>
        <translation>Cette ressource (%1) n&apos;est pas dans un format qu&apos;Estran ouvre sur place ; utilisez Télécharger ou Copier le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>opening asset &apos;%1&apos; of %2 in place</source>
        <translation>ouverture sur place de la ressource « %1 » de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloads are not available here.</source>
        <translation>Les téléchargements ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queued %1 for download</source>
        <translation>%1 ajouté à la file de téléchargement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to footprint</source>
        <translation>Zoomer sur l&apos;emprise</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::CfDateEdit</name>
    <message>
        <location filename="../modules/gui/src/cfdateedit.cpp" line="+18"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (its range follows the data&apos;s calendar)</source>
        <translation>Jour (sa plage suit le calendrier des données)</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::CloudStorage</name>
    <message>
        <location filename="../modules/gui/src/cloudstorage.cpp" line="+65"/>
        <source>S3 keys not read from the keychain; s3:// data is read anonymously</source>
        <translation>Clés S3 non lues dans le trousseau ; les données s3:// sont lues anonymement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored S3 keys are unreadable; enter them again in Settings</source>
        <translation>Les clés S3 enregistrées sont illisibles ; saisissez-les à nouveau dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::DatasetTreeWidget</name>
    <message>
        <location filename="../modules/gui/src/datasettreewidget.cpp" line="+31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to show on the map</source>
        <translation>Cliquer pour afficher sur la carte</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Show on Map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Dataset</source>
        <translation>Fermer le jeu de données</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::DownloadQueue</name>
    <message>
        <location filename="../modules/gui/src/downloadqueue.cpp" line="+34"/>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the download folder</source>
        <translation>Impossible de créer le dossier de téléchargement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading without stored credentials: %1</source>
        <translation>Téléchargement sans identifiants enregistrés : %1</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>downloaded, checksum verified</source>
        <translation>téléchargé, somme de contrôle vérifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::DownloadsPanel</name>
    <message>
        <location filename="../modules/gui/src/downloadspanel.cpp" line="+28"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading (resumed)</source>
        <translation>téléchargement (repris)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done, %1, checksum verified</source>
        <translation>terminé, %1, somme de contrôle vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done, %1</source>
        <translation>terminé, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled (can resume)</source>
        <translation>annulé (reprise possible)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a finished download to open it</source>
        <translation>Double-cliquez sur un téléchargement terminé pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../modules/gui/src/exportdialog.cpp" line="+36"/>
        <source>polygon of %n vertices</source>
        <translation>
            <numerusform>polygone de %n sommet</numerusform>
            <numerusform>polygone de %n sommets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W %1° S %2° E %3° N %4°</source>
        <translation>O %1° S %2° E %3° N %4°</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole area</source>
        <translation>toute la zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all times</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>depth %1 to %2</source>
        <translation>profondeur de %1 à %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Python</source>
        <translation>Copier en Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Subset — %1</source>
        <translation>Exporter un sous-ensemble — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the area, period and depth in the Selection panel</source>
        <translation>Modifiez la zone, la période et la profondeur dans le panneau Sélection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>subset.nc, subset.tif or subset.csv</source>
        <translation>sous-ensemble.nc, sous-ensemble.tif ou sous-ensemble.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy xarray code that takes the same subset</source>
        <translation>Copier le code xarray qui prend le même sous-ensemble</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variables:</source>
        <translation>Variables :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file:</source>
        <translation>Fichier de sortie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected size:</source>
        <translation>Taille prévue :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Python code copied to the clipboard.</source>
        <translation>Code Python copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no dataset</source>
        <translation>aucun jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check at least one variable</source>
        <translation>cochez au moins une variable</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%2 × %3 cells, %n step(s), before compression)</source>
        <translation>
            <numerusform>%1 (%2 × %3 mailles, %n pas, avant compression)</numerusform>
            <numerusform>%1 (%2 × %3 mailles, %n pas, avant compression)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Subset</source>
        <translation>Exporter un sous-ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>netCDF (*.nc);;GeoTIFF (*.tif);;CSV time series (*.csv)</source>
        <translation>netCDF (*.nc);;GeoTIFF (*.tif);;Série temporelle CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an output file.</source>
        <translation>Choisissez un fichier de sortie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1 (%2)</source>
        <translation>Échec de l&apos;export : %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 (%2).</source>
        <translation>%1 exporté (%2).</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::FilterEdit</name>
    <message>
        <location filename="../modules/gui/src/filteredit.cpp" line="+31"/>
        <source>e.g. eo:cloud_cover &lt; 20 (STAC catalogues)</source>
        <translation>par ex. eo:cloud_cover &lt; 20 (catalogues STAC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>What the enabled STAC catalogues can filter on (for the collection typed above, if one)</source>
        <translation>Ce sur quoi les catalogues STAC activés peuvent filtrer (pour la collection saisie ci-dessus, s&apos;il y en a une)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A filter on item properties, sent as CQL2 to STAC catalogues: comparisons (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=), in (...), like, joined by and / or</source>
        <translation>Un filtre sur les propriétés des éléments, envoyé en CQL2 aux catalogues STAC : comparaisons (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=), in (...), like, combinées par and / or</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No filterable properties</source>
        <translation>Aucune propriété filtrable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the fields</source>
        <translation>Recharger les champs</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::HostKeyDialog</name>
    <message>
        <location filename="../modules/gui/src/hostkeydialog.cpp" line="+15"/>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown host key — %1</source>
        <translation>Clé d&apos;hôte inconnue — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a host key Estran does not know.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a présenté une clé d&apos;hôte qu&apos;Estran ne connaît pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(ssh gave no fingerprint)</source>
        <translation>(ssh n&apos;a donné aucune empreinte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare this fingerprint with the one published by the computing centre (or ask its support) before trusting it. If you have connected to this host before, its key has changed: the server may have been reinstalled, or someone may be intercepting the connection. Trusting the key adds it to your known hosts; rejecting stops the connection.</source>
        <translation>Comparez cette empreinte avec celle que publie le centre de calcul (ou demandez à son assistance) avant de lui faire confiance. Si vous vous êtes déjà connecté à cette machine, sa clé a changé : le serveur a peut-être été réinstallé, ou quelqu&apos;un intercepte peut-être la connexion. Faire confiance ajoute la clé à vos hôtes connus ; refuser arrête la connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé :</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::ItemPageWidget</name>
    <message>
        <location filename="../modules/gui/src/itempagewidget.cpp" line="+49"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to footprint</source>
        <translation>Zoomer sur l&apos;emprise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the asset in place, without downloading it (netCDF/OPeNDAP, GeoTIFF/COG, Zarr)</source>
        <translation>Ouvrir la ressource sur place, sans la télécharger (netCDF/OPeNDAP, GeoTIFF/COG, Zarr)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assets</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a result to see its assets and metadata.</source>
        <translation>Sélectionnez un résultat pour voir ses ressources et ses métadonnées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider: %1 — collection: %2</source>
        <translation>Fournisseur : %1 — collection : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extent (W,S,E,N): %1</source>
        <translation>Emprise (O,S,E,N) : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::JobFollowThread</name>
    <message>
        <location filename="../modules/gui/src/jobfollowthread.cpp" line="+50"/>
        <source>No scheduler for profile %1</source>
        <translation>Aucun ordonnanceur pour le profil %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot keep the job&apos;s log</source>
        <translation>Impossible de conserver le journal de la tâche</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::JobLogView</name>
    <message>
        <location filename="../modules/gui/src/joblogview.cpp" line="+36"/>
        <source>The selected job&apos;s output appears here as it is written.</source>
        <translation>La sortie de la tâche sélectionnée s&apos;affiche ici au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::JobTableModel</name>
    <message>
        <location filename="../modules/gui/src/jobtablemodel.cpp" line="+23"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>temps dépassé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job %1 on %2
Folder: %3
Results: %4</source>
        <translation>Tâche %1 sur %2
Dossier : %3
Résultats : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the embedded default profile</source>
        <translation>le profil par défaut intégré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reconnecting in %1 s</source>
        <translation>reconnexion dans %1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reconnecting…</source>
        <translation>reconnexion…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>following: output and results arrive as they are written</source>
        <translation>suivie : la sortie et les résultats arrivent au fur et à mesure</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::LevelSelector</name>
    <message>
        <location filename="../modules/gui/src/levelselector.cpp" line="+11"/>
        <location line="+29"/>
        <location line="+3"/>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Depth or level of the variable shown on the map</source>
        <translation>Profondeur ou niveau de la variable affichée sur la carte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no vertical axis)</source>
        <translation>(pas d&apos;axe vertical)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::LogPanel</name>
    <message>
        <location filename="../modules/gui/src/logpanel.cpp" line="+22"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>detail</source>
        <translation>détail</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::MapViewWidget</name>
    <message>
        <location filename="../modules/gui/src/mapviewwidget.cpp" line="+41"/>
        <source>Drag to pan, wheel to zoom, double-click to fit, click for a time series</source>
        <translation>Glisser pour déplacer, molette pour zoomer, double-clic pour ajuster, clic pour une série temporelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OpenGL 3.2 is not available for the map view</source>
        <translation>OpenGL 3.2 n&apos;est pas disponible pour la vue cartographique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map view</source>
        <translation>Vue cartographique</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Open a netCDF, HDF5, GeoTIFF, GRIB or Zarr file with File ▸ Open, or drop files here.
File ▸ Open Demo Dataset shows a synthetic sea-surface temperature year.</source>
        <translation>Ouvrez un fichier netCDF, HDF5, GeoTIFF, GRIB ou Zarr avec Fichier ▸ Ouvrir, ou déposez des fichiers ici.
Fichier ▸ Ouvrir le jeu de démonstration montre une année synthétique de température de surface de la mer.</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::PluginsDialog</name>
    <message>
        <location filename="../modules/gui/src/pluginsdialog.cpp" line="+72"/>
        <source>Open My Plugin Folder</source>
        <translation>Ouvrir mon dossier de greffons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rescan</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load Now</source>
        <translation>&amp;Charger maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plugins</source>
        <translation>Greffons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plugins add file formats (reader plugins) and catalogue protocols (catalogue provider plugins) to Estran and estran-cli. Estran reads what each plugin says about itself and loads a plugin only when a file or a catalogue needs it; a plugin that cannot be used is listed with the reason and left out.</source>
        <translation>Les greffons ajoutent des formats de fichier (greffons de lecture) et des protocoles de catalogue (greffons de fournisseur de catalogue) à Estran et à estran-cli. Estran lit ce que chaque greffon dit de lui-même et ne charge un greffon que quand un fichier ou un catalogue en a besoin ; un greffon inutilisable est listé avec la raison et laissé de côté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Folders searched, in this order</source>
        <translation>Dossiers parcourus, dans cet ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comes from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opens your plugin folder in the file manager, creating it if needed: copy a plugin there and press Rescan.</source>
        <translation>Ouvre votre dossier de greffons dans le gestionnaire de fichiers, en le créant si besoin : copiez-y un greffon et cliquez sur Rechercher à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looks again for plugin files in the folders above.</source>
        <translation>Cherche à nouveau les fichiers de greffon dans les dossiers ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loads the selected plugin now, to check that it works, instead of waiting for a file that needs it.</source>
        <translation>Charge le greffon choisi maintenant, pour vérifier qu&apos;il fonctionne, au lieu d&apos;attendre un fichier qui en a besoin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+34"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>files ending in %1</source>
        <translation>fichiers se terminant par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paths starting with %1</source>
        <translation>chemins commençant par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files no other reader recognises</source>
        <translation>fichiers qu&apos;aucun autre lecteur ne reconnaît</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens: %1</source>
        <translation>Ouvre : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brings: %1</source>
        <translation>Apporte : %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+42"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalogue types: %1</source>
        <translation>Types de catalogue : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded when a catalogue of one of these types is first used.</source>
        <translation>Chargé à la première utilisation d&apos;un catalogue de l&apos;un de ces types.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue provider</source>
        <translation>Fournisseur de catalogue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File removed (listed until Estran restarts)</source>
        <translation>Fichier supprimé (listé jusqu&apos;au redémarrage d&apos;Estran)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ESTRAN_PLUGIN_PATH</source>
        <translation>ESTRAN_PLUGIN_PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plugin folder</source>
        <translation>Votre dossier de greffons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estran&apos;s own plugins</source>
        <translation>Greffons d&apos;Estran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (does not exist)</source>
        <translation>%1 (n&apos;existe pas)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For two plugins with the same id, the first folder wins. To add folders, set ESTRAN_PLUGIN_PATH (folders separated by &quot;%1&quot;) before starting Estran. Your own folder, %2, is searched by the app and estran-cli alike: copy a plugin there and press Rescan.</source>
        <translation>Pour deux greffons de même identifiant, le premier dossier l&apos;emporte. Pour ajouter des dossiers, définissez ESTRAN_PLUGIN_PATH (dossiers séparés par « %1 ») avant de lancer Estran. Votre propre dossier, %2, est parcouru par l&apos;application comme par estran-cli : copiez-y un greffon et cliquez sur Rechercher à nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No plugin selected.</source>
        <translation>Aucun greffon choisi.</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::ProviderEditDialog</name>
    <message>
        <location filename="../modules/gui/src/providereditdialog.cpp" line="+22"/>
        <source>Include in searches</source>
        <translation>Inclure dans les recherches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add catalogue provider</source>
        <translation>Ajouter un fournisseur de catalogue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From the plugin &quot;%1&quot; %2 (%3), loaded when a search first uses it</source>
        <translation>Du greffon « %1 » %2 (%3), chargé quand une recherche s&apos;en sert la première fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not available in this build)</source>
        <translation>%1 (non disponible dans cette version)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (e.g. X-API-Key)</source>
        <translation>aucun (par ex. X-API-Key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request header that carries your API key when downloading from this catalogue</source>
        <translation>L&apos;en-tête de requête qui porte votre clé d&apos;API lors des téléchargements depuis ce catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the system keychain; leave empty to keep the current key</source>
        <translation>conservée dans le trousseau du système ; laisser vide pour garder la clé actuelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key &amp;header:</source>
        <translation>&amp;En-tête de la clé d&apos;API :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give the provider a name.</source>
        <translation>Donnez un nom au fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another provider is already called &apos;%1&apos;.</source>
        <translation>Un autre fournisseur s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the endpoint URL.</source>
        <translation>Saisissez l&apos;URL du point d&apos;accès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must be absolute and start with http://, https://, ftp:// or file://.</source>
        <translation>L&apos;URL doit être absolue et commencer par http://, https://, ftp:// ou file://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the password from the URL: secrets are never written to settings files.</source>
        <translation>Retirez le mot de passe de l&apos;URL : les secrets ne sont jamais écrits dans les fichiers de paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key header must be a header name such as X-API-Key (letters, digits and dashes).</source>
        <translation>L&apos;en-tête de la clé d&apos;API doit être un nom d&apos;en-tête comme X-API-Key (lettres, chiffres et tirets).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which header carries the API key (e.g. X-API-Key).</source>
        <translation>Indiquez quel en-tête porte la clé d&apos;API (par ex. X-API-Key).</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::ProviderListModel</name>
    <message>
        <location filename="../modules/gui/src/providerlistmodel.cpp" line="+103"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>testing the connection…</source>
        <translation>test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>searching, %n item(s)</source>
        <translation>
            <numerusform>recherche, %n élément</numerusform>
            <numerusform>recherche, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done: %1 of %2 matched</source>
        <translation>terminé : %1 sur %2 correspondances</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>done: %n item(s)</source>
        <translation>
            <numerusform>terminé : %n élément</numerusform>
            <numerusform>terminé : %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available in this build (type &apos;%1&apos;)</source>
        <translation>non disponible dans cette version (type « %1 »)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RecipeForm</name>
    <message>
        <location filename="../modules/gui/src/recipeform.cpp" line="+32"/>
        <source>%1°%2</source>
        <translation>%1°%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area and period follow the selection panel.</source>
        <translation>La zone et la période suivent le panneau de sélection.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This recipe has no parameters.</source>
        <translation>Cette recette n&apos;a pas de paramètres.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>first variable of the selection</source>
        <translation>première variable de la sélection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a file or folder on the host</source>
        <translation>un fichier ou dossier sur la machine distante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse the host&apos;s files</source>
        <translation>Parcourir les fichiers de la machine distante</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 to %2, %3 to %4</source>
        <translation>%1 à %2, %3 à %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole world (no area selected)</source>
        <translation>monde entier (aucune zone sélectionnée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all times (no period selected)</source>
        <translation>toutes les dates (aucune période sélectionnée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteFileBrowser</name>
    <message>
        <location filename="../modules/gui/src/remotefilebrowser.cpp" line="+43"/>
        <source>Listing %1</source>
        <translation>Liste de %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Up</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Files on %1</source>
        <translation>Fichiers sur %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder on the host (~ and $VARIABLES are expanded there)</source>
        <translation>Dossier sur la machine distante (~ et les $VARIABLES y sont développés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified (UTC)</source>
        <translation>Modifié (UTC)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save %1 as</source>
        <translation>Enregistrer %1 sous</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file on %1</source>
        <translation>Choisir un fichier sur %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+51"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cannot list %1: %2</source>
        <translation>Impossible de lister %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing %1…</source>
        <translation>Liste de %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Downloaded to %1</source>
        <translation>Téléchargé dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteHosts</name>
    <message>
        <location filename="../modules/gui/src/remotehosts.cpp" line="+53"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteJobFollowers</name>
    <message>
        <location filename="../modules/gui/src/remotejobfollowers.cpp" line="+26"/>
        <source>The job&apos;s follower did not stop in time; it ends in the background</source>
        <translation>Le suivi de la tâche ne s&apos;est pas arrêté à temps ; il se termine en arrière-plan</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteJobsDock</name>
    <message>
        <location filename="../modules/gui/src/remoteconnecttask.cpp" line="+11"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/remoteschedulertask.cpp" line="+19"/>
        <source>No scheduler adapter for &quot;%1&quot;</source>
        <translation>Aucun adaptateur d&apos;ordonnanceur pour « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/remotesubmittask.cpp" line="+14"/>
        <source>Submitting %1</source>
        <translation>Soumission de %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot create the results folder</source>
        <translation>Impossible de créer le dossier des résultats</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/remotecanceltask.cpp" line="+10"/>
        <source>Cancelling job %1</source>
        <translation>Annulation de la tâche %1</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/remotejobsdock.cpp" line="+67"/>
        <source>New job</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+304"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Reading profiles, recipes and jobs…</source>
        <translation>Lecture des profils, des recettes et des travaux…</translation>
    </message>
    <message>
        <location line="+262"/>
        <location line="+49"/>
        <location filename="../modules/gui/src/remoteloadtask.cpp" line="+38"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>No transport for this profile.</source>
        <translation>Aucun moyen de joindre la machine de ce profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting %1 to %2…</source>
        <translation>Soumission de %1 à %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not submitted: %1</source>
        <translation>Non soumise : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted as job %1.</source>
        <translation>Soumise comme tâche %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job %1 submitted</source>
        <translation>Tâche %1 soumise</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Jobs (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: this profile file was not read</source>
        <translation>%1 : ce fichier de profil n&apos;a pas été lu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot follow job %1: %2</source>
        <translation>Impossible de suivre la tâche %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>result arrived</source>
        <translation>résultat arrivé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Job %1 %2</source>
        <translation>Tâche %1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot cancel: %1</source>
        <translation>Impossible d&apos;annuler : %1</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/remoteloadtask.cpp" line="-26"/>
        <source>Reading remote profiles and jobs</source>
        <translation>Lecture des profils distants et des travaux</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteJobsPage</name>
    <message>
        <location filename="../modules/gui/src/remotejobspage.cpp" line="+35"/>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results folder</source>
        <translation>Dossier des résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to open in the viewer</source>
        <translation>Double-cliquer pour ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Forget this job here (a running job goes on running on its host)</source>
        <translation>Oublier cette tâche ici (une tâche en cours continue sur sa machine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow this job again: new output and result files are brought back</source>
        <translation>Suivre à nouveau cette tâche : la nouvelle sortie et les fichiers de résultats sont rapatriés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder where this job&apos;s results arrive</source>
        <translation>Ouvrir le dossier où arrivent les résultats de cette tâche</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Results (%1)</source>
        <translation>Résultats (%1)</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteProfileBox</name>
    <message>
        <location filename="../modules/gui/src/remoteprofilebox.cpp" line="+43"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit profiles…</source>
        <translation>Modifier les profils…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the profiles folder</source>
        <translation>Ouvrir le dossier des profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New profile from this template…</source>
        <translation>Nouveau profil à partir de ce modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this profile&apos;s file</source>
        <translation>Ouvrir le fichier de ce profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload profiles</source>
        <translation>Recharger les profils</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse the host&apos;s files, starting at the profile&apos;s work folder</source>
        <translation>Parcourir les fichiers de la machine distante, à partir du dossier de travail du profil</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (template)</source>
        <translation>%1 (modèle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This profile does not load: %1 (%2)</source>
        <translation>Ce profil ne se charge pas : %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template: make your own copy (Edit profiles… ▸ New profile from this template) and fill in your login before connecting.</source>
        <translation>Modèle : faites-en votre propre copie (Modifier les profils… ▸ Nouveau profil à partir de ce modèle) et indiquez votre identifiant avant de vous connecter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not probed yet: Connect shows what this computer offers.</source>
        <translation>Pas encore interrogé : Se connecter montre ce que cet ordinateur offre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs run as processes here</source>
        <translation>les tâches tournent ici comme processus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jobs run as processes on %1</source>
        <translation>les tâches tournent comme processus sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queues: %1</source>
        <translation>files : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text output (older version)</source>
        <translation>sortie texte (version ancienne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected — %1</source>
        <translation>Connecté — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot copy the profile template</source>
        <translation>Impossible de copier le modèle de profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created %1: fill in your login, save, and it is listed here</source>
        <translation>%1 créé : indiquez votre identifiant, enregistrez, et il apparaît ici</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::RemoteSubmitPage</name>
    <message>
        <location filename="../modules/gui/src/remotesubmitpage.cpp" line="+24"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>scheduler&apos;s default</source>
        <translation>défaut de l&apos;ordonnanceur</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall time</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No recipe found.</source>
        <translation>Aucune recette trouvée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Needs on the host: %2</source>
        <translation>%1
Nécessite sur la machine distante : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not used on this computer (no scheduler)</source>
        <translation>Inutilisé sur cet ordinateur (pas d&apos;ordonnanceur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the profile&apos;s default</source>
        <translation>celle du profil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a profile that loads.</source>
        <translation>Choisissez un profil qui se charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a template: make your own copy first (Edit profiles…).</source>
        <translation>C&apos;est un modèle : faites-en d&apos;abord votre propre copie (Modifier les profils…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recipe.</source>
        <translation>Choisissez une recette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::SearchResultsModel</name>
    <message numerus="yes">
        <location filename="../modules/gui/src/searchresultsmodel.cpp" line="+110"/>
        <source>%1
%n asset(s)</source>
        <translation>
            <numerusform>%1
%n ressource</numerusform>
            <numerusform>%1
%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::SelectionDock</name>
    <message>
        <location filename="../modules/gui/src/selectiondock.cpp" line="+81"/>
        <source>West edge (degrees east); larger than East across the antimeridian</source>
        <translation>Bord ouest (degrés est) ; plus grand que le bord est à travers l&apos;antiméridien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South edge (degrees north)</source>
        <translation>Bord sud (degrés nord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East edge (degrees east)</source>
        <translation>Bord est (degrés est)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North edge (degrees north)</source>
        <translation>Bord nord (degrés nord)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to a sea…</source>
        <translation>Aller à une mer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Loading the web basemap</source>
        <translation>Chargement du fond de carte web</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Web basemap</source>
        <translation>Fond de carte web</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom Viewer</source>
        <translation>Zoomer la vue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Box</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw, move and resize a lon/lat box</source>
        <translation>Tracer, déplacer et redimensionner un rectangle lon/lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click vertices to draw a polygon; double-click to close it</source>
        <translation>Cliquez les sommets pour tracer un polygone ; double-cliquez pour le fermer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lon lat, lon lat, lon lat, …</source>
        <translation>lon lat, lon lat, lon lat, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+222"/>
        <source>The polygon&apos;s vertices in degrees; edit and press Enter</source>
        <translation>Les sommets du polygone en degrés ; modifiez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Draw map tiles from %1 under the coastlines (needs the network; tiles are cached on disk). The tile URL is the setting selection/basemapUrl.</source>
        <translation>Dessine les tuiles de %1 sous les côtes (réseau nécessaire ; les tuiles sont gardées en cache sur le disque). L&apos;URL des tuiles est le paramètre selection/basemapUrl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the data&apos;s vertical units (metres of depth, positive down)</source>
        <translation>Dans les unités verticales des données (mètres de profondeur, positifs vers le bas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named Selections</source>
        <translation>Sélections nommées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the current selection under the name typed</source>
        <translation>Enregistrer la sélection courante sous le nom saisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole world, any time, all levels</source>
        <translation>Monde entier, toutes dates, tous niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the map view to the selected area</source>
        <translation>Ajuster la carte à la zone sélectionnée</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The web basemap could not be loaded: %1</source>
        <translation>Le fond de carte web n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>polygon, %n vertices</source>
        <translation>
            <numerusform>polygone, %n sommet</numerusform>
            <numerusform>polygone, %n sommets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole world</source>
        <translation>monde entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>across 180°</source>
        <translation>à travers 180°</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::SelectionMapWidget</name>
    <message>
        <location filename="../modules/gui/src/selectionmapwidget.cpp" line="+157"/>
        <location line="+79"/>
        <source>Drag to draw the area; drag inside it to move it, on its edges to resize it.</source>
        <translation>Glissez pour tracer la zone ; glissez à l&apos;intérieur pour la déplacer, sur ses bords pour la redimensionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to add vertices; double-click, Enter or a click on the first vertex closes the polygon. Drag a vertex to move it. Backspace removes the last vertex, Esc abandons the drawing.</source>
        <translation>Cliquez pour ajouter des sommets ; un double-clic, Entrée ou un clic sur le premier sommet ferme le polygone. Faites glisser un sommet pour le déplacer. Retour arrière retire le dernier sommet, Échap abandonne le tracé.</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::StylePanel</name>
    <message>
        <location filename="../modules/gui/src/stylepanel.cpp" line="+23"/>
        <source>Reversed</source>
        <translation>Inversée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coastlines</source>
        <translation>Côtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graticule</source>
        <translation>Graticule</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colour map used for the values</source>
        <translation>Palette de couleurs utilisée pour les valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour map:</source>
        <translation>Palette :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the colour map from its last colour to its first</source>
        <translation>Parcourir la palette de sa dernière couleur à la première</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection:</source>
        <translation>Projection :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the minimum and maximum of the slice on show</source>
        <translation>Utiliser le minimum et le maximum de la tranche affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range:</source>
        <translation>Plage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum:</source>
        <translation>Minimum :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum:</source>
        <translation>Maximum :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlays:</source>
        <translation>Superpositions :</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::SubsetExportTask</name>
    <message>
        <location filename="../modules/gui/src/subsetexporttask.cpp" line="+13"/>
        <source>Exporting %1</source>
        <translation>Export de %1</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::TaskStatusWidget</name>
    <message>
        <location filename="../modules/gui/src/taskstatuswidget.cpp" line="+28"/>
        <source>Cancel the running tasks</source>
        <translation>Annuler les tâches en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Estran::Gui::ThumbnailCache</name>
    <message>
        <location filename="../modules/gui/src/thumbnailcache.cpp" line="+54"/>
        <source>quicklook not loaded: %1</source>
        <translation>aperçu non chargé : %1</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::TimeControlWidget</name>
    <message>
        <location filename="../modules/gui/src/timecontrolwidget.cpp" line="+29"/>
        <source>First time step</source>
        <translation>Premier pas de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous time step</source>
        <translation>Pas de temps précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Next time step</source>
        <translation>Pas de temps suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time step</source>
        <translation>Dernier pas de temps</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback rate in frames per second</source>
        <translation>Cadence de lecture en images par seconde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time step</source>
        <translation>Pas de temps</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no time axis</source>
        <translation>pas d&apos;axe de temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2, %3 calendar</source>
        <translation>Pas %1 sur %2, calendrier %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2</source>
        <translation>Pas %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::TimeRangeWidget</name>
    <message>
        <location filename="../modules/gui/src/timerangewidget.cpp" line="+95"/>
        <location line="+162"/>
        <source>No time steps in the current data</source>
        <translation>Aucun pas de temps dans les données courantes</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unchecked: any time</source>
        <translation>Décoché : toutes dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset…</source>
        <translation>Préréglage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last season (3 months)</source>
        <translation>Dernière saison (3 mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Counted back from the last time step of the current data, or from today</source>
        <translation>Compté à rebours depuis le dernier pas de temps des données courantes, ou depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dated catalogue results</source>
        <translation>Aucun résultat de catalogue daté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue results from %1 to %2; drag across the bars to pick a period</source>
        <translation>Résultats du catalogue du %1 au %2 ; faites glisser sur les barres pour choisir une période</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n time step(s)</source>
        <translation>
            <numerusform>%n pas de temps</numerusform>
            <numerusform>%n pas de temps</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data from %1 to %2</source>
        <translation>Données du %1 au %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; drag across the bars to pick a period</source>
        <translation> ; faites glisser sur les barres pour choisir une période</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counted back from the last time step, in the data&apos;s %1 calendar</source>
        <translation>Compté à rebours depuis le dernier pas de temps, dans le calendrier %1 des données</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::TimeSeriesWidget</name>
    <message>
        <location filename="../modules/gui/src/timeserieswidget.cpp" line="+41"/>
        <source>Values of the clicked cell over time</source>
        <translation>Valeurs de la maille cliquée au cours du temps</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click a point on the map to plot its values over time</source>
        <translation>Cliquez sur un point de la carte pour tracer ses valeurs au cours du temps</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no valid values at this point</source>
        <translation>aucune valeur valide en ce point</translation>
    </message>
</context>
<context>
    <name>Estran::Net</name>
    <message>
        <location filename="../modules/net/src/credentialstore.cpp" line="-32"/>
        <source>The keychain was asked for a secret on the GUI thread; this is a bug</source>
        <translation>Un secret a été demandé au trousseau depuis le fil de l&apos;interface graphique ; c&apos;est un bogue</translation>
    </message>
    <message>
        <location filename="../modules/net/src/httpclient.cpp" line="+213"/>
        <location line="+5"/>
        <source>The transfer was stopped by its receiver</source>
        <translation>Le transfert a été interrompu par son destinataire</translation>
    </message>
    <message>
        <location filename="../modules/net/src/s3location.cpp" line="+14"/>
        <source>Not an S3 URL (expected s3://bucket/key)</source>
        <translation>Pas une URL S3 (attendu : s3://bucket/key)</translation>
    </message>
</context>
<context>
    <name>Estran::Net::Checksum</name>
    <message>
        <location filename="../modules/net/src/checksum.cpp" line="+64"/>
        <source>Not a hexadecimal multihash</source>
        <translation>Pas un multihash hexadécimal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Truncated multihash</source>
        <translation>Multihash tronqué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported multihash algorithm 0x%1</source>
        <translation>Algorithme de multihash non pris en charge 0x%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multihash digest has the wrong length</source>
        <translation>L&apos;empreinte du multihash n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a base64 MD5 digest</source>
        <translation>Pas une empreinte MD5 en base64</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected algorithm:hex</source>
        <translation>Attendu : algorithme:hex</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsupported checksum algorithm</source>
        <translation>Algorithme de somme de contrôle non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest has the wrong length</source>
        <translation>L&apos;empreinte n&apos;a pas la bonne longueur</translation>
    </message>
</context>
<context>
    <name>Estran::Net::CredentialStore</name>
    <message>
        <location filename="../modules/net/src/credentialstore.cpp" line="+209"/>
        <source>The stored S3 keys are unreadable; enter them again</source>
        <translation>Les clés S3 enregistrées sont illisibles ; saisissez-les de nouveau</translation>
    </message>
</context>
<context>
    <name>Estran::Net::Downloader</name>
    <message>
        <location filename="../modules/net/src/downloader.cpp" line="+48"/>
        <source>The download folder does not exist</source>
        <translation>Le dossier de téléchargement n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not enough free space: %1 MB needed, %2 MB free</source>
        <translation>Espace libre insuffisant : %1 Mo nécessaires, %2 Mo libres</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+15"/>
        <source>Cannot write the download</source>
        <translation>Impossible d&apos;écrire le téléchargement</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The server refused to resume the download; it will restart</source>
        <translation>Le serveur a refusé de reprendre le téléchargement ; il va recommencer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The download is incomplete</source>
        <translation>Le téléchargement est incomplet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checksum mismatch: the downloaded file is corrupt</source>
        <translation>Somme de contrôle incorrecte : le fichier téléchargé est corrompu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot move the download into place</source>
        <translation>Impossible de mettre le téléchargement à sa place définitive</translation>
    </message>
</context>
<context>
    <name>Estran::Net::Hasher</name>
    <message>
        <location filename="../modules/net/src/checksum.cpp" line="+30"/>
        <location line="+5"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
</context>
<context>
    <name>Estran::Remote</name>
    <message>
        <location filename="../modules/remote/src/pbsoutput.cpp" line="+34"/>
        <source>qstat did not print valid JSON</source>
        <translation>qstat n&apos;a pas affiché de JSON valide</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/recipe.cpp" line="+53"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a variable name</source>
        <translation>doit être un nom de variable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+115"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+82"/>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux (true ou false)</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+6"/>
        <source>must be four numbers west,south,east,north in degrees</source>
        <translation>doit être quatre nombres ouest,sud,est,nord en degrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latitudes must satisfy -90 ≤ south ≤ north ≤ 90</source>
        <translation>les latitudes doivent vérifier -90 ≤ sud ≤ nord ≤ 90</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longitudes must lie between -180 and 360</source>
        <translation>les longitudes doivent être comprises entre -180 et 360</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be START/END as ISO dates (2020-01-01/2020-12-31)</source>
        <translation>doit être DÉBUT/FIN en dates ISO (2020-01-01/2020-12-31)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts after it ends</source>
        <translation>commence après sa fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has an unknown type</source>
        <translation>a un type inconnu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be lower-case letters, digits and _ (starting with a letter)</source>
        <translation>doit être fait de minuscules, de chiffres et de _ (en commençant par une lettre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be string, text, integer, number, boolean, choice, area, period, variable or path</source>
        <translation>doit être string, text, integer, number, boolean, choice, area, period, variable ou path</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only a choice parameter has choices</source>
        <translation>seul un paramètre choice a des choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required for a choice parameter</source>
        <translation>obligatoire pour un paramètre choice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only integer and number parameters have limits</source>
        <translation>seuls les paramètres integer et number ont des limites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is larger than max</source>
        <translation>est plus grand que max</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Field &quot;%1&quot;: &quot;%2&quot; does not exist in the recipe&apos;s folder</source>
        <translation>Champ « %1 » : « %2 » n&apos;existe pas dans le dossier de la recette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a link leading out of the recipe&apos;s folder</source>
        <translation>« %1 » est un lien qui sort du dossier de la recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a file</source>
        <translation>« %1 » n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is larger than 8 MiB</source>
        <translation>« %1 » dépasse 8 Mio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field &quot;%1&quot;: cannot read &quot;%2&quot;</source>
        <translation>Champ « %1 » : impossible de lire « %2 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>must be a list of file names</source>
        <translation>doit être une liste de noms de fichiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not relative: name a file inside the recipe&apos;s folder</source>
        <translation>« %1 » n&apos;est pas relatif : nommez un fichier du dossier de la recette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; leaves the recipe&apos;s folder (&quot;..&quot;)</source>
        <translation>« %1 » sort du dossier de la recette (« .. »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: each part of the path must be letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>« %1 » : chaque partie du chemin doit être faite de lettres, de chiffres, de « . », « _ » et « - », sans commencer par « . » ni « - »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; would replace the job folder&apos;s own &quot;%2&quot;</source>
        <translation>« %1 » remplacerait « %2 », propre au dossier du travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the files listed are larger than 16 MiB together</source>
        <translation>les fichiers listés dépassent 16 Mio à eux tous</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/jobjournal.cpp" line="+81"/>
        <source>Field &quot;%1&quot;: missing or of the wrong type</source>
        <translation>Champ « %1 » : absent ou du mauvais type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown job journal format</source>
        <translation>Format de journal des tâches inconnu</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Job %1 was submitted and runs (folder %2), but it could not be recorded in the job journal: follow or cancel it by hand</source>
        <translation>Le travail %1 a été soumis et s&apos;exécute (dossier %2), mais il n&apos;a pas pu être enregistré dans le journal des travaux : suivez-le ou annulez-le à la main</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/jobfollower.cpp" line="+87"/>
        <source>Unexpected answer while following the job</source>
        <translation>Réponse inattendue pendant le suivi de la tâche</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/remotefiles.cpp" line="+135"/>
        <source>Cannot compute the checksum</source>
        <translation>Impossible de calculer la somme de contrôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected answer from the checksum command on the host</source>
        <translation>Réponse inattendue de la commande de somme de contrôle sur la machine distante</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/jobfolder.cpp" line="+84"/>
        <source>&quot;%1&quot; cannot be an environment variable name (letters, digits and _ only)</source>
        <translation>« %1 » ne peut pas être un nom de variable d&apos;environnement (lettres, chiffres et _ seulement)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The job ended without recording an exit status</source>
        <translation>La tâche s&apos;est terminée sans enregistrer de code de sortie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 failed on %2</source>
        <translation>%1 a échoué sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create a job folder under %1 on %2</source>
        <translation>Impossible de créer un dossier de tâche sous %1 sur %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected job folder &quot;%1&quot; from %2</source>
        <translation>Dossier de tâche inattendu « %1 » venant de %2</translation>
    </message>
    <message>
        <location filename="../modules/remote/src/profile.cpp" line="+8"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs recipes as local processes; no cluster needed.</source>
        <translation>Exécute les recettes comme processus locaux ; aucun cluster nécessaire.</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::Detail::AskpassRelay</name>
    <message>
        <location filename="../modules/remote/src/askpassrelay.cpp" line="+79"/>
        <source>Cannot create the folder for ssh&apos;s prompts</source>
        <translation>Impossible de créer le dossier des questions de ssh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The path of the prompt socket is too long</source>
        <translation>Le chemin de la socket des questions est trop long</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen for ssh&apos;s prompts</source>
        <translation>Impossible d&apos;écouter les questions de ssh</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::JobFollower</name>
    <message>
        <location filename="../modules/remote/src/jobfollower.cpp" line="+110"/>
        <source>Cannot read the job&apos;s folder</source>
        <translation>Impossible de lire le dossier de la tâche</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::JobJournal</name>
    <message>
        <location filename="../modules/remote/src/jobjournal.cpp" line="-77"/>
        <source>Cannot read the job file</source>
        <translation>Impossible de lire le fichier de la tâche</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>The job file is not valid JSON</source>
        <translation>Le fichier de la tâche n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>Not a job key</source>
        <translation>Ce n&apos;est pas une clé de tâche</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>No such job in the journal</source>
        <translation>Aucune tâche de ce nom dans le journal</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot create the job journal folder</source>
        <translation>Impossible de créer le dossier du journal des tâches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the job file</source>
        <translation>Impossible d&apos;écrire le fichier de la tâche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the job file</source>
        <translation>Impossible de supprimer le fichier de la tâche</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::LocalHost</name>
    <message>
        <location filename="../modules/remote/src/localhost.cpp" line="+16"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start bash</source>
        <translation>Impossible de lancer bash</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::LocalScheduler</name>
    <message>
        <location filename="../modules/remote/src/localscheduler.cpp" line="+33"/>
        <source>Cannot read what %1 offers</source>
        <translation>Impossible de lire ce que propose %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>setsid is missing on %1: jobs could not outlive the connection</source>
        <translation>setsid manque sur %1 : les tâches ne pourraient pas survivre à la connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 CPUs, %2 MB of memory</source>
        <translation>%1 processeurs, %2 Mo de mémoire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot start the job in %1 on %2</source>
        <translation>Impossible de lancer la tâche dans %1 sur %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>No job folder at %1 on %2</source>
        <translation>Aucun dossier de tâche en %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot stop the job in %1 on %2</source>
        <translation>Impossible d&apos;arrêter la tâche dans %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::PbsOutput</name>
    <message>
        <location filename="../modules/remote/src/pbsoutput.cpp" line="+51"/>
        <location line="+47"/>
        <location line="+41"/>
        <source>Unexpected output from the scheduler</source>
        <translation>Sortie inattendue de l&apos;ordonnanceur</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::PbsScheduler</name>
    <message>
        <location filename="../modules/remote/src/pbsscheduler.cpp" line="+61"/>
        <source>PBS&apos;s commands do not answer on %1</source>
        <translation>Les commandes de PBS ne répondent pas sur %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the queues of %1</source>
        <translation>Impossible de lire les files d&apos;attente de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2): longest job %3, %4 jobs</source>
        <translation>%1 (%2) : tâche la plus longue %3, %4 tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>PBS refused the job on %1</source>
        <translation>PBS a refusé la tâche sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBS refused the job for queue &quot;%1&quot; on %2</source>
        <translation>PBS a refusé la tâche pour la file « %1 » sur %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot read the state of job %1 on %2</source>
        <translation>Impossible de lire l&apos;état de la tâche %1 sur %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PBS no longer knows job %1 and its folder %2 is gone</source>
        <translation>PBS ne connaît plus la tâche %1 et son dossier %2 a disparu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot cancel job %1 on %2</source>
        <translation>Impossible d&apos;annuler la tâche %1 sur %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot list the jobs on %1</source>
        <translation>Impossible d&apos;énumérer les tâches sur %1</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::Profile</name>
    <message>
        <location filename="../modules/remote/src/profile.cpp" line="+24"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>must be slurm, pbs or local</source>
        <translation>doit valoir slurm, pbs ou local</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number from 1 to 65535</source>
        <translation>doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not start with &apos;-&apos; or hold a line break</source>
        <translation>ne doit pas commencer par « - » ni contenir de saut de ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a string or a list of lines</source>
        <translation>doit être une chaîne ou une liste de lignes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the profile</source>
        <translation>Impossible de lire le profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile is not a JSON object</source>
        <translation>Le profil n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::Recipe</name>
    <message>
        <location filename="../modules/remote/src/recipe.cpp" line="+42"/>
        <location line="+48"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be lower-case letters, digits, - and _</source>
        <translation>doit être fait de minuscules, de chiffres, de - et de _</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>defined twice</source>
        <translation>défini deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>must be a list of program names</source>
        <translation>doit être une liste de noms de programmes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number (cpus at least 1)</source>
        <translation>doit être un nombre entier (cpus au moins 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give either &quot;script&quot; or &quot;script_file&quot;</source>
        <translation>donnez soit « script » soit « script_file »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a file name beside the recipe</source>
        <translation>doit être un nom de fichier à côté de la recette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the recipe&apos;s script</source>
        <translation>Impossible de lire le script de la recette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the recipe</source>
        <translation>Impossible de lire la recette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recipe must be a JSON object</source>
        <translation>Une recette doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recipe &quot;%1&quot; has no parameter &quot;%2&quot;</source>
        <translation>La recette « %1 » n&apos;a pas de paramètre « %2 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::RemoteFiles</name>
    <message>
        <location filename="../modules/remote/src/remotefiles.cpp" line="-96"/>
        <source>The path names a variable that is not set on the host</source>
        <translation>Le chemin nomme une variable qui n&apos;est pas définie sur la machine distante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot resolve the path</source>
        <translation>Impossible de résoudre le chemin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot list the folder</source>
        <translation>Impossible d&apos;énumérer le dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected answer from find on the host</source>
        <translation>Réponse inattendue de find sur la machine distante</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Negative offset or length</source>
        <translation>Position ou longueur négative</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+88"/>
        <location line="+48"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+61"/>
        <location line="+53"/>
        <source>Cannot write the file</source>
        <translation>Impossible d&apos;écrire le fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected answer from stat on the host</source>
        <translation>Réponse inattendue de stat sur la machine distante</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file kept changing size</source>
        <translation>Le fichier changeait sans cesse de taille</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Transferring %1</source>
        <translation>Transfert de %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The transfer ended early; it will resume from where it stopped</source>
        <translation>Le transfert s&apos;est arrêté trop tôt ; il reprendra là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The copy&apos;s SHA-256 checksum differs from the file on the host; the copy was discarded</source>
        <translation>La somme SHA-256 de la copie diffère de celle du fichier sur la machine distante ; la copie a été écartée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot move the copy into place</source>
        <translation>Impossible de mettre la copie en place</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::SlurmScheduler</name>
    <message>
        <location filename="../modules/remote/src/slurmscheduler.cpp" line="+51"/>
        <source>Slurm&apos;s commands do not answer on %1</source>
        <translation>Les commandes de Slurm ne répondent pas sur %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2, longest job %3, %4 nodes, %5 CPUs</source>
        <translation>%1 : %2, tâche la plus longue %3, %4 nœuds, %5 processeurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounting (sacct): available</source>
        <translation>Comptabilité (sacct) : disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting (sacct): not available, finished jobs are read from their folders</source>
        <translation>Comptabilité (sacct) : indisponible, les tâches terminées sont lues dans leurs dossiers</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Slurm refused the job on %1</source>
        <translation>Slurm a refusé la tâche sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slurm refused the job for partition &quot;%1&quot; on %2</source>
        <translation>Slurm a refusé la tâche pour la partition « %1 » sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the state of job %1 on %2</source>
        <translation>Impossible de lire l&apos;état de la tâche %1 sur %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Slurm no longer knows job %1 and its folder %2 is gone</source>
        <translation>Slurm ne connaît plus la tâche %1 et son dossier %2 a disparu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot cancel job %1 on %2</source>
        <translation>Impossible d&apos;annuler la tâche %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::SshHost</name>
    <message>
        <location filename="../modules/remote/src/sshhost.cpp" line="+94"/>
        <source>Cannot create the folder for ssh&apos;s connection sockets</source>
        <translation>Impossible de créer le dossier des sockets de connexion de ssh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder for ssh&apos;s connection sockets (or its parent) belongs to someone else or is a symbolic link; remove it or set XDG_RUNTIME_DIR</source>
        <translation>Le dossier des sockets de connexion de ssh (ou son parent) appartient à quelqu&apos;un d&apos;autre ou est un lien symbolique ; supprimez-le ou définissez XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create a temporary file</source>
        <translation>Impossible de créer un fichier temporaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
</context>
<context>
    <name>Estran::Remote::SshHost::Private</name>
    <message>
        <location line="-110"/>
        <source>The estran-askpass program, which shows ssh&apos;s questions, is missing</source>
        <translation>Le programme estran-askpass, qui affiche les questions de ssh, est absent</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot start ssh</source>
        <translation>Impossible de lancer ssh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 was interrupted</source>
        <translation>La connexion à %1 a été interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh was ended by a signal</source>
        <translation>ssh a été arrêté par un signal</translation>
    </message>
</context>
<context>
    <name>Estran::Render</name>
    <message>
        <location filename="../modules/render/src/colormap.cpp" line="+40"/>
        <source>Unknown colour map; expected one of: %1</source>
        <translation>Palette inconnue ; attendu l&apos;une de : %1</translation>
    </message>
</context>
<context>
    <name>Estran::Render::MapImageRenderer</name>
    <message>
        <location filename="../modules/render/src/mapimagerenderer.cpp" line="+469"/>
        <source>Rendering text needs a QGuiApplication (the offscreen platform is enough)</source>
        <translation>Le rendu du texte nécessite une QGuiApplication (la plateforme offscreen suffit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image size %1x%2 is outside 64..16384 pixels</source>
        <translation>La taille d&apos;image %1x%2 est hors de 64..16384 pixels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The slice&apos;s values do not match its grid</source>
        <translation>Les valeurs de la tranche ne correspondent pas à sa grille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Longitudes or latitudes of the grid are not monotonic</source>
        <translation>Les longitudes ou les latitudes de la grille ne sont pas monotones</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No part of the data is visible in the %1 projection</source>
        <translation>Aucune partie des données n&apos;est visible dans la projection %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image size %1x%2 leaves no room for the map</source>
        <translation>La taille d&apos;image %1x%2 ne laisse pas de place pour la carte</translation>
    </message>
</context>
<context>
    <name>Estran::Render::MapScene</name>
    <message>
        <location filename="../modules/scene/src/mapscene.cpp" line="+1133"/>
        <location line="+7"/>
        <source>The slice&apos;s values do not match its grid</source>
        <translation>Les valeurs de la tranche ne correspondent pas à sa grille</translation>
    </message>
</context>
<context>
    <name>Estran::Render::MapScene::Private</name>
    <message>
        <location line="-799"/>
        <source>Longitudes or latitudes of the grid are not monotonic</source>
        <translation>Les longitudes ou les latitudes de la grille ne sont pas monotones</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No part of the data is visible in the %1 projection</source>
        <translation>Aucune partie des données n&apos;est visible dans la projection %1</translation>
    </message>
</context>
</TS>
