<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Estran::App</name>
    <message>
        <location filename="../app/estran/main.cpp" line="+51"/>
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
        <location line="+3"/>
        <source>Variable for the benchmarks.</source>
        <translation>Variable pour les mesures de performance.</translation>
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
        <location filename="../app/estran/workspace.cpp" line="+63"/>
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
        <location line="+28"/>
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
</context>
<context>
    <name>Estran::App::AboutAction</name>
    <message>
        <location filename="../app/estran/aboutaction.cpp" line="+16"/>
        <source>&amp;About Estran</source>
        <translation>À &amp;propos d&apos;Estran</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>Estran::App::MainWindow</name>
    <message>
        <location filename="../app/estran/mainwindow.cpp" line="+56"/>
        <source>Estran</source>
        <translation>Estran</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <source>All supported files (*.nc *.nc4 *.cdf *.h5 *.hdf5 *.he5 *.tif *.tiff *.grib *.grib2 *.grb *.grb2 *.zarr .zattrs .zgroup)</source>
        <translation>Tous les fichiers pris en charge (*.nc *.nc4 *.cdf *.h5 *.hdf5 *.he5 *.tif *.tiff *.grib *.grib2 *.grb *.grb2 *.zarr .zattrs .zgroup)</translation>
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
        <source>Zarr (*.zarr .zattrs .zgroup)</source>
        <translation>Zarr (*.zarr .zattrs .zgroup)</translation>
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
        <location filename="../app/estran/openworkspaceaction.cpp" line="+18"/>
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
        <location filename="../app/estran/saveworkspaceaction.cpp" line="+19"/>
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
        <location line="+24"/>
        <source>Save Workspace</source>
        <translation>Enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Estran workspace (*.estran.json)</source>
        <translation>Espace de travail Estran (*.estran.json)</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../app/estran/settingsdialog.cpp" line="+22"/>
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
    <name>Estran::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+35"/>
        <source>Usage: estran-cli &lt;command&gt; [options]

Commands:
  info PATH [--json]                     Describe a dataset: variables, times, extent
  sample PATH --var NAME --lon X --lat Y [--time ISO] [--depth Z] [--json]
                                         Value at the cell nearest to a point
  demo --out FILE [--days N] [--resolution DEG]
                                         Write the synthetic sea-surface-temperature file
  render ...                             Render a map to an image (offscreen)

Run &apos;estran-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Utilisation : estran-cli &lt;commande&gt; [options]

Commandes :
  info CHEMIN [--json]                   Décrire un jeu de données : variables, dates, emprise
  sample CHEMIN --var NOM --lon X --lat Y [--time ISO] [--depth Z] [--json]
                                         Valeur de la maille la plus proche d&apos;un point
  demo --out FICHIER [--days N] [--resolution DEG]
                                         Écrire le fichier synthétique de température de surface
  render ...                             Dessiner une carte dans une image (hors écran)

Lancez « estran-cli &lt;commande&gt; --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>estran-cli render: the render command is not built in this version</source>
        <translation>estran-cli render : la commande render n&apos;est pas compilée dans cette version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>estran-cli: unknown command &quot;%1&quot;</source>
        <translation>estran-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="+33"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>Estran::Data</name>
    <message>
        <location filename="../modules/data/src/netcdfdataset.cpp" line="+683"/>
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
        <location filename="../modules/data/src/demogenerator.cpp" line="+168"/>
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
</context>
<context>
    <name>Estran::Data::DemoGenerator</name>
    <message>
        <location line="+11"/>
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
        <location filename="../modules/data/src/hdf5chunkplanereader.cpp" line="+151"/>
        <location line="+18"/>
        <source>A compressed chunk is corrupt</source>
        <translation>Un bloc compressé est corrompu</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot initialise zlib</source>
        <translation>Impossible d&apos;initialiser zlib</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A chunk has an unexpected size</source>
        <translation>Un bloc a une taille inattendue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invalid plane request</source>
        <translation>Demande de plan invalide</translation>
    </message>
</context>
<context>
    <name>Estran::Data::ReaderRegistry</name>
    <message>
        <location filename="../modules/data/src/readerregistry.cpp" line="+63"/>
        <source>No file given</source>
        <translation>Aucun fichier indiqué</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+21"/>
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
    <name>Estran::Data::detail</name>
    <message>
        <location filename="../modules/data/src/filecheck.cpp" line="+91"/>
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
        <location line="+47"/>
        <source>text beginning &quot;%1&quot;</source>
        <translation>du texte commençant par « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data beginning %1</source>
        <translation>des données binaires commençant par %1</translation>
    </message>
</context>
<context>
    <name>Estran::Data::detail::NetcdfDataset</name>
    <message>
        <location filename="../modules/data/src/netcdfdataset.cpp" line="-540"/>
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
        <location line="+40"/>
        <source>Cannot list the variables</source>
        <translation>Impossible de lister les variables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the description of variable %1</source>
        <translation>Impossible de lire la description de la variable %1</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Variable %1 is not numeric</source>
        <translation>La variable %1 n&apos;est pas numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read variable %1</source>
        <translation>Impossible de lire la variable %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+147"/>
        <source>No variable named &quot;%1&quot;</source>
        <translation>Aucune variable nommée « %1 »</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Variable %1 has no horizontal plane to map</source>
        <translation>La variable %1 n&apos;a pas de plan horizontal à cartographier</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Variable %1 has no horizontal plane to read</source>
        <translation>La variable %1 n&apos;a pas de plan horizontal à lire</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cannot read a slice of variable %1</source>
        <translation>Impossible de lire une tranche de la variable %1</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <location line="+46"/>
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
        <location filename="../modules/geo/src/coastlines.cpp" line="+52"/>
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
        <location filename="../modules/gui/src/cellreadout.cpp" line="+26"/>
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
        <location line="+32"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2 %3 (cell %4, %5)</source>
        <translation>%1 à %2 %3 (maille %4, %5)</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/mapcontroller.cpp" line="+203"/>
        <source>%1 at %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <location filename="../modules/gui/src/opendatasettask.cpp" line="+14"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
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
        <location filename="../modules/gui/src/mapviewwidget.cpp" line="+75"/>
        <source>Drag to pan, wheel to zoom, double-click to fit, click for a time series</source>
        <translation>Glisser pour déplacer, molette pour zoomer, double-clic pour ajuster, clic pour une série temporelle</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>OpenGL 3.2 is not available for the map view</source>
        <translation>OpenGL 3.2 n&apos;est pas disponible pour la vue cartographique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map view</source>
        <translation>Vue cartographique</translation>
    </message>
</context>
<context>
    <name>Estran::Gui::StylePanel</name>
    <message>
        <location filename="../modules/gui/src/stylepanel.cpp" line="+23"/>
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
        <location line="+5"/>
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
        <location line="+104"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-103"/>
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
        <location line="+75"/>
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
    <name>Estran::Gui::TimeSeriesWidget</name>
    <message>
        <location filename="../modules/gui/src/timeserieswidget.cpp" line="+38"/>
        <source>Values of the clicked cell over time</source>
        <translation>Valeurs de la maille cliquée au cours du temps</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Click a point on the map to plot its values over time</source>
        <translation>Cliquez sur un point de la carte pour tracer ses valeurs au cours du temps</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../modules/render/src/mapimagerenderer.cpp" line="+428"/>
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
        <location filename="../modules/render/src/mapscene.cpp" line="+492"/>
        <source>The slice&apos;s values do not match its grid</source>
        <translation>Les valeurs de la tranche ne correspondent pas à sa grille</translation>
    </message>
</context>
<context>
    <name>Estran::Render::MapScene::Private</name>
    <message>
        <location line="-348"/>
        <source>Longitudes or latitudes of the grid are not monotonic</source>
        <translation>Les longitudes ou les latitudes de la grille ne sont pas monotones</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No part of the data is visible in the %1 projection</source>
        <translation>Aucune partie des données n&apos;est visible dans la projection %1</translation>
    </message>
</context>
</TS>
