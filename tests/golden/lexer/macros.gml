#macro W 640
#macro AREA W * H
#macro H 480
#macro Cfg:OTHER 1
#macro MULTI 1 + \
  2
x = AREA + MULTI + OTHER;
