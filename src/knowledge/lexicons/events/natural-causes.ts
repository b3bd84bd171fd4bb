// Forces of nature, accidents and illness: when one of these is what kills, injures or destroys, no one
// attacked anyone ("A quake killed 46 people", "Floods destroyed 2,000 homes", "were killed by a landslide").
// SOURCE: reviewed by hand (Dateline team) from disaster and accident vocabulary in news usage. "Fire",
// "blast" and "explosion" are left out: in news they are as often weapons fire or a bombing as an accident.

export const NATURAL_CAUSES: ReadonlySet<string> = new Set(`
  earthquake earthquakes quake quakes tremor tremors aftershock aftershocks tsunami tsunamis
  flood floods flooding floodwaters landslide landslides mudslide mudslides avalanche avalanches
  storm storms cyclone cyclones hurricane hurricanes typhoon typhoons tornado tornadoes tornados blizzard blizzards
  wildfire wildfires bushfire bushfires blaze blazes heatwave heatwaves drought droughts eruption eruptions volcano
  lightning rain rains monsoon monsoons downpour downpours hailstorm sandstorm
  crash crashes collision collisions accident accidents derailment stampede crush collapse
  disease diseases outbreak outbreaks epidemic epidemics pandemic virus cholera malaria measles famine
`.trim().split(/\s+/));
